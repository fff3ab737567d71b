import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as I,b as z,c as S}from"./chunk-FYXE2THI.js";import{a as c}from"./chunk-C56ETPW7.js";import{a as y}from"./chunk-GQWT2OX4.js";import{b as p,c as u}from"./chunk-LNMC5YSP.js";import{b as g}from"./chunk-O2GIZ4C6.js";import"./chunk-WPF3QDWY.js";import{f as t,m,o as A,q as b,s as n}from"./chunk-FLDYOTHP.js";import"./chunk-XY7QUVLB.js";var $=`
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
  ${I}
`,E=n({nameWithOwner:t()}),w=n({nodes:b(n({name:t()}).nullable()).nullable()}).nullable(),C=n({login:t()}).nullable(),T=n({number:m().int(),title:t(),url:t(),body:t(),createdAt:t(),mergedAt:t().nullable(),closedAt:t().nullable(),prState:t(),isDraft:A(),author:C,repository:E,labels:w}),N=n({number:m().int(),title:t(),url:t(),body:t(),createdAt:t(),closedAt:t().nullable(),issueState:t(),stateReason:t().nullable(),author:C,repository:E,labels:w}),P=e=>(e?.nodes??[]).flatMap(s=>s?[s.name]:[]);function O(e){let s=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed",r=e.mergedAt??void 0;return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:P(e.labels),body:e.body,createdAt:e.createdAt,...r===void 0?{}:{completedAt:r},state:s,author:e.author?.login??"ghost",draft:e.isDraft}}function D(e){let s="open";return e.issueState==="CLOSED"&&(s=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:P(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null||s==="open"?{}:{completedAt:e.closedAt},state:s,author:e.author?.login??"ghost",draft:!1}}function L(e){return n({repository:n({pullRequests:u(p(T),e.prs!==void 0),issues:u(p(N),e.issues!==void 0),milestones:u(z,e.milestones===!0)}).nullable()})}function R(e,s,r){if(e===void 0)return{stream:void 0,unreadable:0};let a=null,i=0;for(let o of e.nodes??[]){if(o===null){i+=1;continue}a=o.createdAt,r.push(s(o))}return{stream:{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestCreatedAt:a},unreadable:i}}var M=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="pullRequests"||e.path[1]==="issues")&&e.path[2]==="nodes";async function G(e,s,r){let i=`GraphQL query AlignmentAuditItems (${[r.prs===void 0?"":"PRs",r.issues===void 0?"":"issues",r.milestones===!0?"milestones":""].filter(Boolean).join(" and ")||"nothing"} of ${s.owner}/${s.repo})`,{data:o}=await y(e,i,$,{owner:s.owner,name:s.repo,withPrs:r.prs!==void 0,prCursor:r.prs??null,withIssues:r.issues!==void 0,issueCursor:r.issues??null,withMilestones:r.milestones===!0},L(r),M),l=o.repository;if(l===null)throw new g(i,404,`repository ${s.owner}/${s.repo} not found, or the token cannot see it`);let d=[],f=R(l.pullRequests,O,d),h=R(l.issues,D,d);return{items:d,unreadable:f.unreadable+h.unreadable,prs:f.stream,issues:h.stream,milestones:l.milestones===void 0?void 0:S(l.milestones)}}export{$ as AUDIT_ITEMS_QUERY,G as readAuditItems};
