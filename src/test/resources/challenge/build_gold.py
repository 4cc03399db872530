import json,re,sys
# Articles written by hand for development (not news): [[quote text|speaker|affiliation|stance|type]]
src=open('src.txt', encoding='utf-8').read().split('\n=== ')
gold=[]
for block in src:
    block=block.strip()
    if not block: continue
    block=block.lstrip('= ')
    aid,body=block.split('\n',1)
    paras=[p.strip() for p in body.strip().split('\n') if p.strip()]
    out='';
    for i,p in enumerate(paras):
        text=''
        pos=0
        for m in re.finditer(r'\[\[(.*?)\|(.*?)\|(.*?)\|(.*?)\|(.*?)\]\]',p):
            text+=p[pos:m.start()]
            st=len(out)+len(text)
            q=m.group(1); text+=q
            gold.append(dict(article=aid,type=m.group(5),text=q,start=st,end=st+len(q),speaker=m.group(2),affiliation=m.group(3),stance=m.group(4),required=True,ambiguous=False,boilerplate=False))
            pos=m.end()
        text+=p[pos:]
        out+=text+('\n\n' if i==0 else '\n')
    open(f'articles/{aid}.txt','w').write(out)
with open('gold.jsonl','w') as f:
    for g in gold: f.write(json.dumps(g)+'\n')
print(len(gold),'quotes')
