import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{b,c as g,g as w,h as y,i as $,j as z}from"./chunk-NIYD2B5Q.js";import{a as _}from"./chunk-GQWT2OX4.js";import{b as h,c as m}from"./chunk-LNMC5YSP.js";import{b as d}from"./chunk-O2GIZ4C6.js";import{C as u,f as i,m as f,o as P,q as j,s as a,w as I}from"./chunk-FLDYOTHP.js";var N=`
  fragment SprintProjectItem on ProjectV2Item {
    type
    isArchived
    iteration: fieldValueByName(name: $iterationField) {
      __typename
      ... on ProjectV2ItemFieldIterationValue {
        iterationId
      }
    }
    points: fieldValueByName(name: $pointsField) @include(if: $withPoints) {
      __typename
      ... on ProjectV2ItemFieldNumberValue {
        number
      }
    }
    content {
      __typename
      ... on PullRequest {
        ...SprintPullRequest
      }
      ... on Issue {
        ...SprintIssue
      }
    }
  }
`,O="id title startDate duration",M=`
  projectOwner: repositoryOwner(login: $projectOwner) @include(if: $withProject) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $projectNumber) {
        title
        field(name: $iterationField) {
          __typename
          ... on ProjectV2IterationField {
            configuration {
              iterations { ${O} }
              completedIterations { ${O} }
            }
          }
        }
        items(first: 100, after: $projectCursor) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...SprintProjectItem
          }
        }
      }
    }
  }
`,T=`
  query AlignmentSprintProjectItems(
    $projectOwner: String!
    $projectNumber: Int!
    $projectCursor: String
    $iterationField: String!
    $pointsField: String!
    $withPoints: Boolean!
  ) {
    projectOwner: repositoryOwner(login: $projectOwner) {
      __typename
      ... on ProjectV2Owner {
        projectV2(number: $projectNumber) {
          items(first: 100, after: $projectCursor) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...SprintProjectItem
            }
          }
        }
      }
    }
  }
  ${N}
  ${b}
  ${g}
`,V=I("__typename",[w.extend({__typename:u("PullRequest")}),y.extend({__typename:u("Issue")}),a({__typename:u("DraftIssue")})]),F=a({type:i(),isArchived:P(),iteration:a({__typename:i(),iterationId:i().optional()}).nullable(),points:a({__typename:i(),number:f().nullable().optional()}).nullable().optional(),content:V.nullable()}),x=h(F),S=a({id:i(),title:i(),startDate:i(),duration:f().int()});function C(e){return a({title:m(i(),e),field:m(a({__typename:i(),configuration:a({iterations:j(S),completedIterations:j(S)}).optional()}).nullable(),e),items:x})}function G(e,t){return m(a({__typename:i(),projectV2:C(t).nullable().optional()}).nullable(),e)}function A(e,t=null){return{withProject:e!==void 0,projectOwner:e?.owner??"",projectNumber:e?.number??0,projectCursor:t,iterationField:e?.field??"",pointsField:e?.points??"",withPoints:e?.points!==void 0}}function E(e){let t=[],r=0,s=0;for(let n of e.nodes??[]){if(n===null){s+=1;continue}let o=n.iteration?.__typename==="ProjectV2ItemFieldIterationValue"?n.iteration.iterationId:void 0,c=n.points?.__typename==="ProjectV2ItemFieldNumberValue"?n.points.number??void 0:void 0,l={...o===void 0?{}:{iteration:o},...c==null?{}:{points:c}},p=n.content;if(n.type==="REDACTED"||p===null){n.type==="DRAFT_ISSUE"?r+=1:t.push({kind:"redacted",repo:"",...o===void 0?{}:{iteration:o}});continue}p.__typename==="PullRequest"?t.push({...$(p),...l}):p.__typename==="Issue"?t.push({...z(p),...l}):r+=1}return{items:t,drafts:r,unreadable:s,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}function L(e,t){return new d(`GraphQL read of project ${e.owner}/${e.number}`,403,`${t} \u2014 reading a Projects (v2) project needs a token with project read access: a personal access token (classic: read:project; fine-grained: Projects read-only on the organisation) or a GitHub App installation token with Projects read permission, passed as the github-token input (or GITHUB_TOKEN for the CLI). The workflow's own GITHUB_TOKEN cannot read projects.`)}var R=e=>e.path[0]==="projectOwner",D=e=>e.path[0]==="projectOwner"&&e.path[2]==="items"&&e.path[3]==="nodes"&&e.path.length>=5;function Q(e,t,r){let s=r.find(o=>R(o)&&!D(o));if(t.projectOwner===null&&s===void 0)throw new d(`GraphQL read of project ${e.owner}/${e.number}`,404,`no user or organisation named "${e.owner}" (sprints.iteration.owner)`);let n=t.projectOwner?.projectV2;if(s!==void 0||n===null||n===void 0){let o=s?.message??`project ${e.number} of ${e.owner} was not found, or this token cannot see it`;throw L(e,o)}return n}function v(e,t){let r=t.field;if(r==null||r.__typename!=="ProjectV2IterationField"||r.configuration===void 0)throw new d(`GraphQL read of project ${e.owner}/${e.number}`,void 0,r==null?`the project has no field named "${e.field}" (sprints.iteration.field)`:`the field "${e.field}" is a ${r.__typename.replace(/^ProjectV2/,"")}, not an iteration field (sprints.iteration.field)`);let s=[...r.configuration.iterations,...r.configuration.completedIterations].map(n=>({id:n.id,title:n.title,startDate:n.startDate,duration:n.duration}));return{title:t.title??"",iterations:s,...E(t.items)}}async function J(e,t,r){let s=`GraphQL query AlignmentSprintProjectItems (project ${t.owner}/${t.number})`,n=A(t,r);delete n.withProject;let{data:o,errors:c}=await _(e,s,T,n,a({projectOwner:G(!0,!1)}),R),l=Q(t,o,c);return E(l.items)}export{N as a,M as b,T as c,G as d,A as e,E as f,L as g,R as h,D as i,Q as j,v as k,J as l};
