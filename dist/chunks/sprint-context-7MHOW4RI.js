import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as A,b as M,c as P}from"./chunk-FYXE2THI.js";import{a as y,b as j,d as L,e as O,j as _,k as x}from"./chunk-7IV3VRNL.js";import{b as w,c as $,d as C,e as R,k as T,l as h,m as N}from"./chunk-NIYD2B5Q.js";import"./chunk-E7UJ5TZV.js";import{a as I,b as g}from"./chunk-GQWT2OX4.js";import{c as B,d as G,e as u,f as F}from"./chunk-4SH2CQHX.js";import{c as s}from"./chunk-LNMC5YSP.js";import{b as m}from"./chunk-O2GIZ4C6.js";import"./chunk-WPF3QDWY.js";import{f as E,q as k,s as i}from"./chunk-FLDYOTHP.js";import"./chunk-XY7QUVLB.js";var U=`
  query AlignmentSprintContext(
    $owner: String!
    $name: String!
    $withMilestones: Boolean!
    ${R}
    $trackingByNumber: Boolean!
    $trackingNumber: Int!
    $trackingByLabel: Boolean!
    $trackingLabel: String!
    $withProject: Boolean!
    $projectOwner: String!
    $projectNumber: Int!
    $projectCursor: String
    $iterationField: String!
    $pointsField: String!
    $withPoints: Boolean!
  ) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      milestones(first: 100, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withMilestones) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SprintMilestone
        }
      }
      ${C}
      ${G}
    }
    ${j}
  }
  ${A}
  ${w}
  ${$}
  ${B}
  ${y}
`,z=e=>e.tracking!==void 0&&"number"in e.tracking,Q=e=>e.tracking!==void 0&&"label"in e.tracking,a=e=>(e.registerLabels?.length??0)>0;function v(e){return i({viewer:i({login:E()}),repository:T({prs:e.items,issues:e.items,register:a(e)}).extend({milestones:s(M.nullable(),e.milestones),trackingIssue:s(u.nullable(),z(e)),trackingIssues:s(i({nodes:k(u.nullable()).nullable()}).nullable(),Q(e))}).nullable(),projectOwner:L(e.project!==void 0,!0)})}function D(e){return N(e)||g(e,["repository","trackingIssue"])||e.path[0]==="projectOwner"}async function q(e,o,n){let l=`GraphQL query AlignmentSprintContext (${o.owner}/${o.repo})`,t=n.tracking,{data:c,errors:d}=await I(e,l,U,{owner:o.owner,name:o.repo,withMilestones:n.milestones,withPrs:n.items,prCursor:null,withIssues:n.items,issueCursor:null,withRegister:a(n),registerLabels:a(n)?[...n.registerLabels??[]]:null,registerCursor:null,trackingByNumber:z(n),trackingNumber:t!==void 0&&"number"in t?t.number:0,trackingByLabel:Q(n),trackingLabel:t!==void 0&&"label"in t?t.label:"",...O(n.project)},v(n),D),r=c.repository;if(r===null)throw new m(l,404,`repository ${o.owner}/${o.repo} not found, or the token cannot see it`);let p=d.find(b=>g(b,["repository","trackingIssue"]));if(p!==void 0&&p.type!=="NOT_FOUND")throw new m(l,void 0,`reading the tracking issue: ${p.message}`);let S;return t!==void 0&&(S=("number"in t?[r.trackingIssue??null]:r.trackingIssues?.nodes??[]).flatMap(f=>f?[F(f)]:[])),{viewer:c.viewer.login,milestones:r.milestones?P(r.milestones):void 0,items:n.items||a(n)?h(r):void 0,tracking:S,project:n.project===void 0?void 0:x(n.project,_(n.project,c,d))}}export{U as SPRINT_CONTEXT_QUERY,q as readSprintContext};
