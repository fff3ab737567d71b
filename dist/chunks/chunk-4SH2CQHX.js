import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as b}from"./chunk-LNMC5YSP.js";import{c as m}from"./chunk-O2GIZ4C6.js";import{f as t,m as i,o as u,q as c,s,v as l}from"./chunk-FLDYOTHP.js";var g=100,I=10,T=`
  fragment SprintTrackingIssue on Issue {
    id
    number
    title
    state
    comments(last: ${g}) {
      pageInfo {
        hasPreviousPage
      }
      nodes {
        id
        fullDatabaseId
        body
        author {
          login
        }
      }
    }
  }
`,k=`
    trackingIssue: issue(number: $trackingNumber) @include(if: $trackingByNumber) {
      ...SprintTrackingIssue
    }
    trackingIssues: issues(
      labels: [$trackingLabel]
      states: [OPEN]
      first: ${I}
      orderBy: { field: CREATED_AT, direction: ASC }
    ) @include(if: $trackingByLabel) {
      nodes {
        ...SprintTrackingIssue
      }
    }
`,N=s({id:t(),number:i().int(),title:t(),state:t(),comments:s({pageInfo:s({hasPreviousPage:u()}),nodes:c(s({id:t(),fullDatabaseId:l([t(),i()]).nullable(),body:t(),author:s({login:t()}).nullable()}).nullable()).nullable()})});function S(n){let o=[];for(let e of n.comments.nodes??[]){if(e===null||e.fullDatabaseId===null)continue;let r=Number(e.fullDatabaseId);Number.isSafeInteger(r)&&o.push({id:r,nodeId:e.id,body:e.body,author:e.author?.login??""})}return{nodeId:n.id,number:n.number,title:n.title,open:n.state==="OPEN",comments:o,moreComments:n.comments.pageInfo.hasPreviousPage}}var p=s({number:i().int(),node_id:t()});async function C(n,o,e){let r=`POST /repos/${o.owner}/${o.repo}/issues`,d=await m(r,()=>n.request("POST /repos/{owner}/{repo}/issues",{owner:o.owner,repo:o.repo,title:e.title,body:e.body,labels:[...e.labels]})),a=b(r,p,d.data);return{number:a.number,nodeId:a.node_id}}export{g as a,I as b,T as c,k as d,N as e,S as f,C as g};
