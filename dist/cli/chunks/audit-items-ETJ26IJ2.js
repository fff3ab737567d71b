import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as S,b as w,c as E}from"./chunk-FGHBB4IW.js";import{a as c,b as f,c as h,d as z,e as R}from"./chunk-W3F3ZNKL.js";import{a as y}from"./chunk-HP2QB5CC.js";import{d as I,j as p,k as a}from"./chunk-7TGAHEQL.js";import{f as t,m,o as b,s as r}from"./chunk-FHRU76ZL.js";import"./chunk-XY7QUVLB.js";var T=`
  query AlignmentAuditItems(
    $owner: String!
    $name: String!
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withMilestones: Boolean!
  ) {
    repository(owner: $owner, name: $name) {
      pullRequests(first: 100, after: $prCursor, orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withPrs) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...AuditPullRequest
        }
      }
      issues(first: 100, after: $issueCursor, orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withIssues) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...AuditIssue
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
    }
  }

  fragment AuditPullRequest on PullRequest {
    number
    title
    url
    body
    createdAt
    mergedAt
    closedAt
    prState: state
    isDraft
    author {
      login
    }
    repository {
      nameWithOwner
    }
    labels(first: ${c}) {
      nodes {
        name
      }
    }
  }

  fragment AuditIssue on Issue {
    number
    title
    url
    body
    createdAt
    closedAt
    issueState: state
    stateReason
    author {
      login
    }
    repository {
      nameWithOwner
    }
    labels(first: ${c}) {
      nodes {
        name
      }
    }
  }
  ${S}
`,C=r({nameWithOwner:t()}),P=r({login:t()}).nullable(),N=r({number:m().int(),title:t(),url:t(),body:t(),createdAt:t(),mergedAt:t().nullable(),closedAt:t().nullable(),prState:t(),isDraft:b(),author:P,repository:C,labels:f}),O=r({number:m().int(),title:t(),url:t(),body:t(),createdAt:t(),closedAt:t().nullable(),issueState:t(),stateReason:t().nullable(),author:P,repository:C,labels:f});function D(e){let n=z(e.prState,e.mergedAt),s=e.mergedAt??void 0;return{...h("pr",e),createdAt:e.createdAt,...s===void 0?{}:{completedAt:s},state:n,author:e.author?.login??"ghost",draft:e.isDraft}}function j(e){let n=R(e.issueState,e.stateReason);return{...h("issue",e),createdAt:e.createdAt,...e.closedAt===null||n==="open"?{}:{completedAt:e.closedAt},state:n,author:e.author?.login??"ghost",draft:!1}}function q(e){return r({repository:r({pullRequests:a(p(N),e.prs!==void 0),issues:a(p(O),e.issues!==void 0),milestones:a(w,e.milestones===!0)}).nullable()})}function $(e,n,s){if(e===void 0)return{stream:void 0,unreadable:0};let l=null,i=0;for(let o of e.nodes??[]){if(o===null){i+=1;continue}l=o.createdAt,s.push(n(o))}return{stream:{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestCreatedAt:l},unreadable:i}}var M=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="pullRequests"||e.path[1]==="issues")&&e.path[2]==="nodes";async function Q(e,n,s){let i=`GraphQL query AlignmentAuditItems (${[s.prs===void 0?"":"PRs",s.issues===void 0?"":"issues",s.milestones===!0?"milestones":""].filter(Boolean).join(" and ")||"nothing"} of ${n.owner}/${n.repo})`,{data:o}=await y(e,i,T,{owner:n.owner,name:n.repo,withPrs:s.prs!==void 0,prCursor:s.prs??null,withIssues:s.issues!==void 0,issueCursor:s.issues??null,withMilestones:s.milestones===!0},q(s),M),u=o.repository;if(u===null)throw new I(i,404,`repository ${n.owner}/${n.repo} not found, or the token cannot see it`);let d=[],A=$(u.pullRequests,D,d),g=$(u.issues,j,d);return{items:d,unreadable:A.unreadable+g.unreadable,prs:A.stream,issues:g.stream,milestones:u.milestones===void 0?void 0:E(u.milestones)}}export{T as AUDIT_ITEMS_QUERY,Q as readAuditItems};
