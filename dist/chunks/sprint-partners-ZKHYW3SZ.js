import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import"./chunk-ABZBNJLJ.js";import{b as y,c as g,g as h,h as _,i as R,j as w}from"./chunk-NIYD2B5Q.js";import"./chunk-E7UJ5TZV.js";import{a as b}from"./chunk-GQWT2OX4.js";import"./chunk-LNMC5YSP.js";import"./chunk-O2GIZ4C6.js";import"./chunk-WPF3QDWY.js";import{C as d,f as l,w as f,y as p}from"./chunk-FLDYOTHP.js";import"./chunk-XY7QUVLB.js";var I=/^([\w.-]+)\/([\w.-]+)#(\d{1,9})$/u;function E(t){let e=I.exec(t);return e?.[1]&&e[2]&&e[3]?{owner:e[1],name:e[2],number:Number(e[3])}:void 0}function P(t){let e=new Map;for(let s of t.slice(0,100)){let n=E(s);if(n===void 0)continue;let r=`${n.owner}/${n.name}`.toLowerCase(),i=e.get(r)??{owner:n.owner,name:n.name,numbers:[]};i.numbers.includes(n.number)||i.numbers.push(n.number),e.set(r,i)}let u=[],a=[],o={},m=0;return[...e.values()].forEach((s,n)=>{u.push(`$o${n}: String!`,`$n${n}: String!`),o[`o${n}`]=s.owner,o[`n${n}`]=s.name;let r=s.numbers.map((i,c)=>(u.push(`$r${n}i${c}: Int!`),o[`r${n}i${c}`]=i,m+=1,`    i${c}: issueOrPullRequest(number: $r${n}i${c}) {
      __typename
      ...SprintIssue
      ...SprintPullRequest
    }`));a.push(`  r${n}: repository(owner: $o${n}, name: $n${n}) {
${r.join(`
`)}
  }`)}),{document:`query AlignmentSprintPartners(${u.join(", ")}) {
${a.join(`
`)}
}
${y}
${g}`,variables:o,count:m}}var N=p(l(),p(l(),f("__typename",[h.extend({__typename:d("PullRequest")}),_.extend({__typename:d("Issue")})]).nullable()).nullable()),q=t=>t.path.length>=1&&/^r\d+$/u.test(String(t.path[0]))&&(t.type===void 0||["NOT_FOUND","FORBIDDEN"].includes(t.type));async function M(t,e){let{document:u,variables:a,count:o}=P(e);if(o===0)return[];let m=`GraphQL query AlignmentSprintPartners (${o} PR${o===1?"":"s"} and issues by number)`,{data:$}=await b(t,m,u,a,N,q),s=[];for(let n of Object.values($))for(let r of Object.values(n??{}))r!==null&&s.push(r.__typename==="PullRequest"?R(r):w(r));return s}export{P as partnersQuery,M as readItemsByNumber};
