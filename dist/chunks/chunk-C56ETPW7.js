import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as I}from"./chunk-GQWT2OX4.js";import{b as m,c}from"./chunk-LNMC5YSP.js";import{f as s,m as d,q as p,s as l}from"./chunk-FLDYOTHP.js";var h=50,R=25,E=`
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
    labels(first: ${h}) {
      nodes {
        name
      }
    }
    closingIssuesReferences(first: ${R}) {
      nodes {
        number
        repository {
          nameWithOwner
        }
      }
    }
  }
`,P=`
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
    labels(first: ${h}) {
      nodes {
        name
      }
    }
    closedByPullRequestsReferences(first: ${R}, includeClosedPrs: true) {
      nodes {
        number
        mergedAt
        repository {
          nameWithOwner
        }
      }
    }
  }
`,$=`
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
`,C=`
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withRegister: Boolean!
    $registerLabels: [String!]
    $registerCursor: String
`,w=`
  query AlignmentSprintItems(
    $owner: String!
    $name: String!
    ${C}
  ) {
    repository(owner: $owner, name: $name) {
      ${$}
    }
  }
  ${E}
  ${P}
`,g=l({nameWithOwner:s()}),S=l({nodes:p(l({name:s()}).nullable()).nullable()}).nullable(),N=l({number:d().int(),title:s(),url:s(),prState:s(),mergedAt:s().nullable(),closedAt:s().nullable(),updatedAt:s(),additions:d().int(),deletions:d().int(),body:s(),repository:g,labels:S,closingIssuesReferences:l({nodes:p(l({number:d().int(),repository:g}).nullable()).nullable()}).nullable()}),y=l({number:d().int(),title:s(),url:s(),issueState:s(),stateReason:s().nullable(),createdAt:s(),closedAt:s().nullable(),updatedAt:s(),body:s(),repository:g,labels:S,closedByPullRequestsReferences:l({nodes:p(l({number:d().int(),mergedAt:s().nullable(),repository:g}).nullable()).nullable()}).nullable()}),z=e=>(e?.nodes??[]).flatMap(r=>r?[r.name]:[]);function O(e){let r=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed";return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:z(e.labels),body:e.body,...e.mergedAt===null?{}:{completedAt:e.mergedAt},updatedAt:e.updatedAt,state:r,closes:(e.closingIssuesReferences?.nodes??[]).flatMap(t=>t?[`${t.repository.nameWithOwner}#${t.number}`]:[]),additions:e.additions,deletions:e.deletions}}function A(e){let r="open";return e.issueState==="CLOSED"&&(r=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:z(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:r,closes:[],closedBy:(e.closedByPullRequestsReferences?.nodes??[]).flatMap(t=>t&&t.mergedAt!==null?[`${t.repository.nameWithOwner}#${t.number}`]:[])}}function f(e,r,t,i){if(e===void 0)return;if(e===null)return{cursor:null,oldestUpdatedAt:null,...i===void 0?{}:{oldestCreatedAt:null}};let o=null,u=null;for(let n of e.nodes??[]){if(n===null){if(i!==void 0)continue;t.push(o===null?{kind:"redacted",repo:""}:{kind:"redacted",repo:"",completedAt:o,updatedAt:o});continue}o=n.updatedAt,i!==void 0&&(u=i(n)),t.push(r(n))}if(i!==void 0)return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:o,oldestCreatedAt:u};let a=t.find(n=>n.updatedAt!==void 0)?.updatedAt;for(let n=0;n<t.length;n+=1){let b=t[n];b?.kind==="redacted"&&b.completedAt===void 0&&a!==void 0&&(t[n]={kind:"redacted",repo:"",completedAt:a,updatedAt:a})}return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:o}}function W(e){return l({mergedPullRequests:c(m(N).nullable(),e.prs),closedIssues:c(m(y).nullable(),e.issues),openRegisterIssues:c(m(y).nullable(),e.register)})}function k(e){let r=[],t=[],i=[],o=f(e?.mergedPullRequests,O,r),u=f(e?.closedIssues,A,t),a=f(e?.openRegisterIssues,A,i,n=>n.createdAt);return{items:[...r,...t,...i],prs:o,issues:u,register:a}}var T=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="mergedPullRequests"||e.path[1]==="closedIssues"||e.path[1]==="openRegisterIssues")&&e.path[2]==="nodes";async function D(e,r,t){let o=`GraphQL query AlignmentSprintItems (${[t.prs===void 0?"":"merged PRs",t.issues===void 0?"":"closed issues",t.register===void 0?"":"open register issues"].filter(Boolean).join(" and ")} of ${r.owner}/${r.repo})`,u={prs:t.prs!==void 0,issues:t.issues!==void 0,register:t.register!==void 0},{data:a}=await I(e,o,w,{owner:r.owner,name:r.repo,withPrs:u.prs,prCursor:t.prs??null,withIssues:u.issues,issueCursor:t.issues??null,withRegister:u.register,registerLabels:t.register===void 0?null:[...t.register.labels],registerCursor:t.register?.cursor??null},l({repository:W(u).nullable()}),T);return k(a.repository)}export{h as a,R as b,E as c,P as d,$ as e,C as f,w as g,N as h,y as i,O as j,A as k,W as l,k as m,T as n,D as o};
