import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as f,b as I,c as b,d as R,e as S}from"./chunk-W3F3ZNKL.js";import{a as y}from"./chunk-HP2QB5CC.js";import{j as p,k as m}from"./chunk-7TGAHEQL.js";import{f as s,m as a,q as c,s as i}from"./chunk-FHRU76ZL.js";var P=25,E=`
  fragment SprintPullRequest on PullRequest {
    number
    title
    url
    prState: state
    mergedAt
    closedAt
    updatedAt
    additions
    deletions
    body
    repository {
      nameWithOwner
    }
    labels(first: ${f}) {
      nodes {
        name
      }
    }
    closingIssuesReferences(first: ${P}) {
      nodes {
        number
        repository {
          nameWithOwner
        }
      }
    }
  }
`,C=`
  fragment SprintIssue on Issue {
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
    labels(first: ${f}) {
      nodes {
        name
      }
    }
    closedByPullRequestsReferences(first: ${P}, includeClosedPrs: true) {
      nodes {
        number
        mergedAt
        repository {
          nameWithOwner
        }
      }
    }
  }
`,w=`
    mergedPullRequests: pullRequests(
      states: [MERGED]
      first: 100
      after: $prCursor
      orderBy: { field: UPDATED_AT, direction: DESC }
    ) @include(if: $withPrs) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintPullRequest
      }
    }
    closedIssues: issues(
      states: [CLOSED]
      first: 100
      after: $issueCursor
      orderBy: { field: UPDATED_AT, direction: DESC }
    ) @include(if: $withIssues) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintIssue
      }
    }
    openRegisterIssues: issues(
      states: [OPEN]
      labels: $registerLabels
      first: 100
      after: $registerCursor
      orderBy: { field: CREATED_AT, direction: DESC }
    ) @include(if: $withRegister) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SprintIssue
      }
    }
`,x=`
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withRegister: Boolean!
    $registerLabels: [String!]
    $registerCursor: String
`,W=`
  query AlignmentSprintItems(
    $owner: String!
    $name: String!
    ${x}
  ) {
    repository(owner: $owner, name: $name) {
      ${w}
    }
  }
  ${E}
  ${C}
`,g=i({nameWithOwner:s()}),k=i({number:a().int(),title:s(),url:s(),prState:s(),mergedAt:s().nullable(),closedAt:s().nullable(),updatedAt:s(),additions:a().int(),deletions:a().int(),body:s(),repository:g,labels:I,closingIssuesReferences:i({nodes:c(i({number:a().int(),repository:g}).nullable()).nullable()}).nullable()}),z=i({number:a().int(),title:s(),url:s(),issueState:s(),stateReason:s().nullable(),createdAt:s(),closedAt:s().nullable(),updatedAt:s(),body:s(),repository:g,labels:I,closedByPullRequestsReferences:i({nodes:c(i({number:a().int(),mergedAt:s().nullable(),repository:g}).nullable()).nullable()}).nullable()});function q(e){let r=R(e.prState,e.mergedAt);return{...b("pr",e),...e.mergedAt===null?{}:{completedAt:e.mergedAt},updatedAt:e.updatedAt,state:r,closes:(e.closingIssuesReferences?.nodes??[]).flatMap(t=>t?[`${t.repository.nameWithOwner}#${t.number}`]:[]),additions:e.additions,deletions:e.deletions}}function $(e){let r=S(e.issueState,e.stateReason);return{...b("issue",e),createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:r,closes:[],closedBy:(e.closedByPullRequestsReferences?.nodes??[]).flatMap(t=>t&&t.mergedAt!==null?[`${t.repository.nameWithOwner}#${t.number}`]:[])}}function A(e,r,t,l){if(e===void 0)return;if(e===null)return{cursor:null,oldestUpdatedAt:null,...l===void 0?{}:{oldestCreatedAt:null}};let o=null,u=null;for(let n of e.nodes??[]){if(n===null){if(l!==void 0)continue;t.push(o===null?{kind:"redacted",repo:""}:{kind:"redacted",repo:"",completedAt:o,updatedAt:o});continue}o=n.updatedAt,l!==void 0&&(u=l(n)),t.push(r(n))}if(l!==void 0)return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:o,oldestCreatedAt:u};let d=t.find(n=>n.updatedAt!==void 0)?.updatedAt;for(let n=0;n<t.length;n+=1){let h=t[n];h?.kind==="redacted"&&h.completedAt===void 0&&d!==void 0&&(t[n]={kind:"redacted",repo:"",completedAt:d,updatedAt:d})}return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:o}}function O(e){return i({mergedPullRequests:m(p(k).nullable(),e.prs),closedIssues:m(p(z).nullable(),e.issues),openRegisterIssues:m(p(z).nullable(),e.register)})}function T(e){let r=[],t=[],l=[],o=A(e?.mergedPullRequests,q,r),u=A(e?.closedIssues,$,t),d=A(e?.openRegisterIssues,$,l,n=>n.createdAt);return{items:[...r,...t,...l],prs:o,issues:u,register:d}}var N=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="mergedPullRequests"||e.path[1]==="closedIssues"||e.path[1]==="openRegisterIssues")&&e.path[2]==="nodes";async function D(e,r,t){let o=`GraphQL query AlignmentSprintItems (${[t.prs===void 0?"":"merged PRs",t.issues===void 0?"":"closed issues",t.register===void 0?"":"open register issues"].filter(Boolean).join(" and ")} of ${r.owner}/${r.repo})`,u={prs:t.prs!==void 0,issues:t.issues!==void 0,register:t.register!==void 0},{data:d}=await y(e,o,W,{owner:r.owner,name:r.repo,withPrs:u.prs,prCursor:t.prs??null,withIssues:u.issues,issueCursor:t.issues??null,withRegister:u.register,registerLabels:t.register===void 0?null:[...t.register.labels],registerCursor:t.register?.cursor??null},i({repository:O(u).nullable()}),N);return T(d.repository)}export{P as a,E as b,C as c,w as d,x as e,W as f,k as g,z as h,q as i,$ as j,O as k,T as l,N as m,D as n};
