import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import"./chunk-ABZBNJLJ.js";import{a as P,b as S,c as j}from"./chunk-FYXE2THI.js";import{a as C,b as A,c as _,e as O}from"./chunk-E7UJ5TZV.js";import{a as y,b as I}from"./chunk-GQWT2OX4.js";import{c as T,d as x,e as f,f as L}from"./chunk-4SH2CQHX.js";import{b as N}from"./chunk-LNMC5YSP.js";import{b as $}from"./chunk-O2GIZ4C6.js";import"./chunk-WPF3QDWY.js";import{f as u,m as d,q as b,s as r}from"./chunk-FLDYOTHP.js";import"./chunk-XY7QUVLB.js";var K=25,E=`
          __typename
          ... on PullRequest {
            number
            repository {
              nameWithOwner
            }
          }`,M=`
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
    timelineItems(last: ${K}, itemTypes: [CROSS_REFERENCED_EVENT, CONNECTED_EVENT]) {
      nodes {
        __typename
        ... on CrossReferencedEvent {
          source {${E}
          }
        }
        ... on ConnectedEvent {
          source {${E}
          }
          subject {${E}
          }
        }
      }
    }
  }
`,B=r({nameWithOwner:u()}),G=r({__typename:u(),number:d().int().optional(),repository:B.optional()}),V=r({number:d().int(),title:u(),url:u(),issueState:u(),stateReason:u().nullable(),createdAt:u(),closedAt:u().nullable(),updatedAt:u(),body:u(),repository:B,labels:A,timelineItems:r({nodes:b(r({__typename:u(),source:G.nullable().optional(),subject:G.nullable().optional()}).nullable()).nullable()}).nullable()}),q=r({issues:N(V).nullable()}).nullable();function H(e){let n=O(e.issueState,e.stateReason,"completed"),t=[];for(let o of e.timelineItems?.nodes??[])for(let i of[o?.source,o?.subject]){if(i?.__typename!=="PullRequest"||i.number===void 0||i.repository===void 0)continue;let a=`${i.repository.nameWithOwner}#${i.number}`;t.includes(a)||t.push(a)}return{..._("issue",e),createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:n,closes:[],workedOnBy:t}}function X(e){if(e==null)return{items:[],unreadable:0,cursor:null};let n=[],t=0;for(let o of e.nodes??[])o===null?t+=1:n.push(H(o));return{items:n,unreadable:t,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}var J=/^([\w.-]+)\/([\w.-]+)$/u;function F(e){if(e.length>20)throw new Error(`at most ${20} register sources in one call`);let n=[],t=[],o={};return e.forEach(({source:i,cursor:a},s)=>{let l=J.exec(i.repo);if(l===null)throw new Error(`not a repository: ${i.repo}`);n.push(`$o${s}: String!`,`$n${s}: String!`,`$l${s}: [String!]`,`$c${s}: String`),o[`o${s}`]=l[1],o[`n${s}`]=l[2],o[`l${s}`]=i.labels===void 0?null:[...i.labels],o[`c${s}`]=a,t.push(`  s${s}: repository(owner: $o${s}, name: $n${s}) {
    issues(states: [OPEN], labels: $l${s}, first: 100, after: $c${s}, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegisterIssue
      }
    }
  }`)}),{params:n,selections:t,variables:o}}var D=e=>{let n=String(e.path[0]??"");return/^s\d+$/u.test(n)?e.path.length>=4&&e.path[1]==="issues"&&e.path[2]==="nodes"?!0:n!=="s0"&&e.path.length===1&&(e.type==="NOT_FOUND"||e.type==="FORBIDDEN"):!1};function Q(e,n,t,o){let i=[];for(let a=0;a<n;a+=1){let s=e[`s${a}`],l=t.find(p=>p.path.length===1&&p.path[0]===`s${a}`),m=X(s?.issues);i.push(l===void 0?m:{...m,problem:`register repository ${o[a]?.source.repo??""} cannot be read (${l.type??"error"}: ${l.message})`})}return i}function U(e){let n={};for(let t=0;t<e;t+=1)n[`s${t}`]=q;return n}function Y(e){let{params:n,selections:t,variables:o}=F(e);return{document:`query AlignmentRegisterPages(${n.join(", ")}) {
${t.join(`
`)}
}
${M}`,variables:o}}async function ge(e,n){if(n.length===0)return[];let{document:t,variables:o}=Y(n),i=`GraphQL query AlignmentRegisterPages (open register issues of ${[...new Set(n.map(l=>l.source.repo))].join(", ")})`,{data:a,errors:s}=await y(e,i,t,o,r(U(n.length)),D);return Q(a,n.length,s,n)}var Z=r({totalCount:d().int(),nodes:b(r({name:u(),openIssues:r({totalCount:d().int()})}).nullable()).nullable()});function ee(e){let{params:n,selections:t,variables:o}=F(e.sources.map(a=>({source:a,cursor:null})));return{document:`query AlignmentRegisterContext(
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
    ${x}
  }
${t.join(`
`)}
}
${t.length>0?M:""}
${P}
${T}`,variables:o}}async function me(e,n,t){let o=t.sources.map(c=>({source:c,cursor:null})),{document:i,variables:a}=ee(t),s=t.tracking,l=s!==void 0&&"number"in s,m=s!==void 0&&"label"in s,p=`GraphQL query AlignmentRegisterContext (${n.owner}/${n.repo})`,W=r({viewer:r({login:u()}),home:r({labels:Z,milestones:t.milestones?S.nullable():S.nullable().optional(),trackingIssue:l?f.nullable():f.nullable().optional(),trackingIssues:m?r({nodes:b(f.nullable()).nullable()}).nullable():r({nodes:b(f.nullable()).nullable()}).nullable().optional()}).nullable(),...U(o.length)}),{data:h,errors:z}=await y(e,p,i,{owner:n.owner,name:n.repo,withMilestones:t.milestones,trackingByNumber:l,trackingNumber:l?s.number:0,trackingByLabel:m,trackingLabel:m?s.label:"",...a},W,c=>D(c)||I(c,["home","trackingIssue"])),g=h.home;if(g===null)throw new $(p,404,`repository ${n.owner}/${n.repo} not found, or the token cannot see it`);let R=z.find(c=>I(c,["home","trackingIssue"]));if(R!==void 0&&R.type!=="NOT_FOUND")throw new $(p,void 0,`reading the board's issue: ${R.message}`);let w;return s!==void 0&&(w=(l?[g.trackingIssue??null]:g.trackingIssues?.nodes??[]).flatMap(k=>k?[L(k)]:[])),{viewer:h.viewer.login,milestones:g.milestones?j(g.milestones):void 0,tracking:w,labels:(g.labels.nodes??[]).flatMap(c=>c?[{name:c.name,openIssues:c.openIssues.totalCount}]:[]),moreLabels:g.labels.totalCount>(g.labels.nodes?.length??0),pages:Q(h,o.length,z,o)}}var ne=`
  mutation AlignmentPinIssue($id: ID!) {
    pinIssue(input: { issueId: $id }) {
      issue {
        number
      }
    }
  }
`,te=r({pinIssue:r({issue:r({number:d().int()}).nullable()}).nullable()});async function pe(e,n){await y(e,"GraphQL mutation AlignmentPinIssue",ne,{id:n},te)}export{ne as PIN_ISSUE_MUTATION,M as REGISTER_ISSUE_FRAGMENT,K as REGISTER_PRS,H as fromRegisterIssue,pe as pinIssue,me as readRegisterContext,ge as readRegisterPages,ee as registerContextQuery,V as registerIssueNodeSchema,Y as registerPagesQuery};
