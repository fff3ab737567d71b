import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{b as s}from"./chunk-LNMC5YSP.js";import{f as t,m as o,s as i}from"./chunk-FLDYOTHP.js";var p=`
  fragment SprintMilestone on Milestone {
    number
    title
    description
    dueOn
    closedAt
    createdAt
    state
  }
`,r=i({number:o().int(),title:t(),description:t().nullable(),dueOn:t().nullable(),closedAt:t().nullable(),createdAt:t(),state:t()}),m=s(r);function l(e){return{number:e.number,title:e.title,description:e.description,due_on:e.dueOn,closed_at:e.closedAt,created_at:e.createdAt,state:e.state==="OPEN"?"open":"closed"}}function d(e){return{nodes:(e.nodes??[]).flatMap(n=>n?[l(n)]:[]),more:e.pageInfo.hasNextPage}}export{p as a,m as b,d as c};
