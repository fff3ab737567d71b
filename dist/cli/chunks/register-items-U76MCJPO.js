import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import"./chunk-ABZBNJLJ.js";import{a as A,b as E,c as _}from"./chunk-FGHBB4IW.js";import{a as C}from"./chunk-4KXYLQEJ.js";import{a as y,b as I}from"./chunk-HP2QB5CC.js";import{c as P,d as O,e as f,f as j}from"./chunk-PHZW2RRF.js";import{d as $,j as k}from"./chunk-7TGAHEQL.js";import{f as l,m as d,q as b,s as r}from"./chunk-FHRU76ZL.js";import"./chunk-XY7QUVLB.js";var Q=25,S=`
          __typename
          ... on PullRequest {
            number
            repository {
              nameWithOwner
            }
          }`,L=`
  fragment RegisterIssue on Issue {
    number
    title
    url
    issueState: state
    stateReason
    createdAt
    closedAt
    updatedAt
    body
    repository {
      nameWithOwner
    }
    labels(first: ${C}) {
      nodes {
        name
      }
    }
    timelineItems(last: ${Q}, itemTypes: [CROSS_REFERENCED_EVENT, CONNECTED_EVENT]) {
      nodes {
        __typename
        ... on CrossReferencedEvent {
          source {${S}
          }
        }
        ... on ConnectedEvent {
          source {${S}
          }
          subject {${S}
          }
        }
      }
    }
  }
`,v=r({nameWithOwner:l()}),x=r({__typename:l(),number:d().int().optional(),repository:v.optional()}),U=r({number:d().int(),title:l(),url:l(),issueState:l(),stateReason:l().nullable(),createdAt:l(),closedAt:l().nullable(),updatedAt:l(),body:l(),repository:v,labels:r({nodes:b(r({name:l()}).nullable()).nullable()}).nullable(),timelineItems:r({nodes:b(r({__typename:l(),source:x.nullable().optional(),subject:x.nullable().optional()}).nullable()).nullable()}).nullable()}),W=r({issues:k(U).nullable()}).nullable();function K(e){let n="open";e.issueState==="CLOSED"&&(n=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":"completed");let t=[];for(let s of e.timelineItems?.nodes??[])for(let i of[s?.source,s?.subject]){if(i?.__typename!=="PullRequest"||i.number===void 0||i.repository===void 0)continue;let a=`${i.repository.nameWithOwner}#${i.number}`;t.includes(a)||t.push(a)}return{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:(e.labels?.nodes??[]).flatMap(s=>s?[s.name]:[]),body:e.body,createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:n,closes:[],workedOnBy:t}}function V(e){if(e==null)return{items:[],unreadable:0,cursor:null};let n=[],t=0;for(let s of e.nodes??[])s===null?t+=1:n.push(K(s));return{items:n,unreadable:t,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}var q=/^([\w.-]+)\/([\w.-]+)$/u;function G(e){if(e.length>20)throw new Error(`at most ${20} register sources in one call`);let n=[],t=[],s={};return e.forEach(({source:i,cursor:a},o)=>{let u=q.exec(i.repo);if(u===null)throw new Error(`not a repository: ${i.repo}`);n.push(`$o${o}: String!`,`$n${o}: String!`,`$l${o}: [String!]`,`$c${o}: String`),s[`o${o}`]=u[1],s[`n${o}`]=u[2],s[`l${o}`]=i.labels===void 0?null:[...i.labels],s[`c${o}`]=a,t.push(`  s${o}: repository(owner: $o${o}, name: $n${o}) {
    issues(states: [OPEN], labels: $l${o}, first: 100, after: $c${o}, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegisterIssue
      }
    }
  }`)}),{params:n,selections:t,variables:s}}var M=e=>{let n=String(e.path[0]??"");return/^s\d+$/u.test(n)?e.path.length>=4&&e.path[1]==="issues"&&e.path[2]==="nodes"?!0:n!=="s0"&&e.path.length===1&&(e.type==="NOT_FOUND"||e.type==="FORBIDDEN"):!1};function D(e,n,t,s){let i=[];for(let a=0;a<n;a+=1){let o=e[`s${a}`],u=t.find(p=>p.path.length===1&&p.path[0]===`s${a}`),m=V(o?.issues);i.push(u===void 0?m:{...m,problem:`register repository ${s[a]?.source.repo??""} cannot be read (${u.type??"error"}: ${u.message})`})}return i}function F(e){let n={};for(let t=0;t<e;t+=1)n[`s${t}`]=W;return n}function H(e){let{params:n,selections:t,variables:s}=G(e);return{document:`query AlignmentRegisterPages(${n.join(", ")}) {
${t.join(`
`)}
}
${L}`,variables:s}}async function le(e,n){if(n.length===0)return[];let{document:t,variables:s}=H(n),i=`GraphQL query AlignmentRegisterPages (open register issues of ${[...new Set(n.map(u=>u.source.repo))].join(", ")})`,{data:a,errors:o}=await y(e,i,t,s,r(F(n.length)),M);return D(a,n.length,o,n)}var X=r({totalCount:d().int(),nodes:b(r({name:l(),openIssues:r({totalCount:d().int()})}).nullable()).nullable()});function J(e){let{params:n,selections:t,variables:s}=G(e.sources.map(a=>({source:a,cursor:null})));return{document:`query AlignmentRegisterContext(
  $owner: String!
  $name: String!
  $withMilestones: Boolean!
  $trackingByNumber: Boolean!
  $trackingNumber: Int!
  $trackingByLabel: Boolean!
  $trackingLabel: String!${n.length>0?`
  ${n.join(`
  `)}`:""}
) {
  viewer {
    login
  }
  home: repository(owner: $owner, name: $name) {
    labels(first: 100) {
      totalCount
      nodes {
        name
        openIssues: issues(states: [OPEN]) {
          totalCount
        }
      }
    }
    milestones(first: 100, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withMilestones) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintMilestone
      }
    }
    ${O}
  }
${t.join(`
`)}
}
${t.length>0?L:""}
${A}
${P}`,variables:s}}async function ue(e,n,t){let s=t.sources.map(c=>({source:c,cursor:null})),{document:i,variables:a}=J(t),o=t.tracking,u=o!==void 0&&"number"in o,m=o!==void 0&&"label"in o,p=`GraphQL query AlignmentRegisterContext (${n.owner}/${n.repo})`,B=r({viewer:r({login:l()}),home:r({labels:X,milestones:t.milestones?E.nullable():E.nullable().optional(),trackingIssue:u?f.nullable():f.nullable().optional(),trackingIssues:m?r({nodes:b(f.nullable()).nullable()}).nullable():r({nodes:b(f.nullable()).nullable()}).nullable().optional()}).nullable(),...F(s.length)}),{data:h,errors:z}=await y(e,p,i,{owner:n.owner,name:n.repo,withMilestones:t.milestones,trackingByNumber:u,trackingNumber:u?o.number:0,trackingByLabel:m,trackingLabel:m?o.label:"",...a},B,c=>M(c)||I(c,["home","trackingIssue"])),g=h.home;if(g===null)throw new $(p,404,`repository ${n.owner}/${n.repo} not found, or the token cannot see it`);let R=z.find(c=>I(c,["home","trackingIssue"]));if(R!==void 0&&R.type!=="NOT_FOUND")throw new $(p,void 0,`reading the board's issue: ${R.message}`);let w;return o!==void 0&&(w=(u?[g.trackingIssue??null]:g.trackingIssues?.nodes??[]).flatMap(N=>N?[j(N)]:[])),{viewer:h.viewer.login,milestones:g.milestones?_(g.milestones):void 0,tracking:w,labels:(g.labels.nodes??[]).flatMap(c=>c?[{name:c.name,openIssues:c.openIssues.totalCount}]:[]),moreLabels:g.labels.totalCount>(g.labels.nodes?.length??0),pages:D(h,s.length,z,s)}}var Y=`
  mutation AlignmentPinIssue($id: ID!) {
    pinIssue(input: { issueId: $id }) {
      issue {
        number
      }
    }
  }
`,Z=r({pinIssue:r({issue:r({number:d().int()}).nullable()}).nullable()});async function ce(e,n){await y(e,"GraphQL mutation AlignmentPinIssue",Y,{id:n},Z)}export{Y as PIN_ISSUE_MUTATION,L as REGISTER_ISSUE_FRAGMENT,Q as REGISTER_PRS,K as fromRegisterIssue,ce as pinIssue,ue as readRegisterContext,le as readRegisterPages,J as registerContextQuery,U as registerIssueNodeSchema,H as registerPagesQuery};
