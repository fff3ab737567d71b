import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{b as xe}from"./chunks/chunk-HME23XB5.js";import{b as $r,c as Nr,d as zr}from"./chunks/chunk-CNZ3DMU3.js";import{a as Ar,b as A,c as B,d as Cr,e as jr,f as xr,g as Gr,h as Ge,i as ue,m as Pr}from"./chunks/chunk-JQIHRL2G.js";import{b as Tr,d as Ee,e as Ae,f as st,g as Rr,i as Or}from"./chunks/chunk-MFV4EJWV.js";import"./chunks/chunk-SH6URTCV.js";import{a as yr,b as br,j as wr,k as _r,r as Er}from"./chunks/chunk-ET5P3YKR.js";import{G as at,M as Sr,N as Ir,d as vr,e as m,g as S,i as L,k as O,m as g,n as kr,p as Ce,q as je,s as ot,u as it,w as ne}from"./chunks/chunk-4VPINUWV.js";import{b as hr,d as gr}from"./chunks/chunk-XY7QUVLB.js";var Gn=hr(qe=>{"use strict";Object.defineProperty(qe,"__esModule",{value:!0});qe.format=wi;qe.parse=_i;var gi=/^[\u0009\u0020-\u007e\u0080-\u00ff]*$/,On=/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,yi=/[\\"]/g,bi=/^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,An=(()=>{let e=function(){};return e.prototype=Object.create(null),e})();function wi(e){let{type:t,parameters:r}=e;if(!t||!bi.test(t))throw new TypeError(`Invalid type: ${t}`);let n=t;if(r)for(let s of Object.keys(r)){if(!On.test(s))throw new TypeError(`Invalid parameter name: ${s}`);n+=`; ${s}=${Si(r[s])}`}return n}function _i(e,t){let r=t?.comma===!0?vi:65536,n=e.length,s=vt(e,t?.start??0,n),i=s;s=Tt(e,s,n,r);let a=kt(e,i,s),u=e.slice(i,a).toLowerCase();return t?.parameters===!1?{type:u,index:s,parameters:new An}:ki(e,u,s,n,r)}var Cn=32,jn=9,xn=59,Ei=61,Rn=34,Ti=92,vi=44;function ki(e,t,r,n,s){let i=new An;e:for(;r<n&&e.charCodeAt(r)!==s;){r=vt(e,r+1,n);let a=r;for(;r<n;){let u=e.charCodeAt(r);if(u===s)break e;if(u===xn)continue e;if(u===Ei){let d=kt(e,a,r),h=e.slice(a,d).toLowerCase();if(r=vt(e,r+1,n),r<n&&e.charCodeAt(r)===Rn){r++;let w="";for(;r<n;){let k=e.charCodeAt(r++);if(k===Rn){r=Tt(e,r,n,s),i[h]===void 0&&(i[h]=w);break}if(k===Ti&&r<n){w+=e[r++];continue}w+=String.fromCharCode(k)}continue e}let y=r;if(r=Tt(e,r,n,s),i[h]===void 0){let w=kt(e,y,r);i[h]=e.slice(y,w)}continue e}r++}}return{type:t,index:r,parameters:i}}function Tt(e,t,r,n){for(;t<r;){let s=e.charCodeAt(t);if(s===xn||s===n)break;t++}return t}function vt(e,t,r){for(;t<r;){let n=e.charCodeAt(t);if(n!==Cn&&n!==jn)break;t++}return t}function kt(e,t,r){for(;r>t;){let n=e.charCodeAt(r-1);if(n!==Cn&&n!==jn)break;r--}return r}function Si(e){if(On.test(e))return e;if(gi.test(e))return`"${e.replace(yi,"\\$&")}"`;throw new TypeError(`Invalid parameter value: ${e}`)}});var ts=hr((Pt,Nt)=>{(function(e,t){typeof Pt=="object"&&typeof Nt<"u"?Nt.exports=t():typeof define=="function"&&define.amd?define(t):e.Bottleneck=t()})(Pt,(function(){"use strict";var e=typeof globalThis<"u"?globalThis:typeof window<"u"?window:typeof global<"u"?global:typeof self<"u"?self:{};function t(E){return E&&E.default||E}var r=function(E,c,o={}){var l,p,f;for(l in c)f=c[l],o[l]=(p=E[l])!=null?p:f;return o},n=function(E,c,o={}){var l,p;for(l in E)p=E[l],c[l]!==void 0&&(o[l]=p);return o},s={load:r,overwrite:n},i;i=class{constructor(c,o){this.incr=c,this.decr=o,this._first=null,this._last=null,this.length=0}push(c){var o;this.length++,typeof this.incr=="function"&&this.incr(),o={value:c,prev:this._last,next:null},this._last!=null?(this._last.next=o,this._last=o):this._first=this._last=o}shift(){var c;if(this._first!=null)return this.length--,typeof this.decr=="function"&&this.decr(),c=this._first.value,(this._first=this._first.next)!=null?this._first.prev=null:this._last=null,c}first(){if(this._first!=null)return this._first.value}getArray(){var c,o,l;for(c=this._first,l=[];c!=null;)l.push((o=c,c=c.next,o.value));return l}forEachShift(c){var o;for(o=this.shift();o!=null;)c(o),o=this.shift()}debug(){var c,o,l,p,f;for(c=this._first,f=[];c!=null;)f.push((o=c,c=c.next,{value:o.value,prev:(l=o.prev)!=null?l.value:void 0,next:(p=o.next)!=null?p.value:void 0}));return f}};var a=i,u;u=class{constructor(c){if(this.instance=c,this._events={},this.instance.on!=null||this.instance.once!=null||this.instance.removeAllListeners!=null)throw new Error("An Emitter already exists for this object");this.instance.on=(o,l)=>this._addListener(o,"many",l),this.instance.once=(o,l)=>this._addListener(o,"once",l),this.instance.removeAllListeners=(o=null)=>o!=null?delete this._events[o]:this._events={}}_addListener(c,o,l){var p;return(p=this._events)[c]==null&&(p[c]=[]),this._events[c].push({cb:l,status:o}),this.instance}listenerCount(c){return this._events[c]!=null?this._events[c].length:0}async trigger(c,...o){var l,p;try{return c!=="debug"&&this.trigger("debug",`Event triggered: ${c}`,o),this._events[c]==null?void 0:(this._events[c]=this._events[c].filter(function(f){return f.status!=="none"}),p=this._events[c].map(async f=>{var b,_;if(f.status!=="none"){f.status==="once"&&(f.status="none");try{return _=typeof f.cb=="function"?f.cb(...o):void 0,typeof _?.then=="function"?await _:_}catch(R){return b=R,this.trigger("error",b),null}}}),(await Promise.all(p)).find(function(f){return f!=null}))}catch(f){return l=f,this.trigger("error",l),null}}};var d=u,h,y,w;h=a,y=d,w=class{constructor(c){var o;this.Events=new y(this),this._length=0,this._lists=(function(){var l,p,f;for(f=[],o=l=1,p=c;1<=p?l<=p:l>=p;o=1<=p?++l:--l)f.push(new h((()=>this.incr()),(()=>this.decr())));return f}).call(this)}incr(){if(this._length++===0)return this.Events.trigger("leftzero")}decr(){if(--this._length===0)return this.Events.trigger("zero")}push(c){return this._lists[c.options.priority].push(c)}queued(c){return c!=null?this._lists[c].length:this._length}shiftAll(c){return this._lists.forEach(function(o){return o.forEachShift(c)})}getFirst(c=this._lists){var o,l,p;for(o=0,l=c.length;o<l;o++)if(p=c[o],p.length>0)return p;return[]}shiftLastFrom(c){return this.getFirst(this._lists.slice(c).reverse()).shift()}};var k=w,I;I=class extends Error{};var v=I,x,T,$,W,H;W=10,T=5,H=s,x=v,$=class{constructor(c,o,l,p,f,b,_,R){this.task=c,this.args=o,this.rejectOnDrop=f,this.Events=b,this._states=_,this.Promise=R,this.options=H.load(l,p),this.options.priority=this._sanitizePriority(this.options.priority),this.options.id===p.id&&(this.options.id=`${this.options.id}-${this._randomIndex()}`),this.promise=new this.Promise((G,N)=>{this._resolve=G,this._reject=N}),this.retryCount=0}_sanitizePriority(c){var o;return o=~~c!==c?T:c,o<0?0:o>W-1?W-1:o}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:c,message:o="This job has been dropped by Bottleneck"}={}){return this._states.remove(this.options.id)?(this.rejectOnDrop&&this._reject(c??new x(o)),this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise}),!0):!1}_assertStatus(c){var o;if(o=this._states.jobStatus(this.options.id),!(o===c||c==="DONE"&&o===null))throw new x(`Invalid job status ${o}, expected ${c}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}doReceive(){return this._states.start(this.options.id),this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(c,o){return this._assertStatus("RECEIVED"),this._states.next(this.options.id),this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:c,blocked:o})}doRun(){return this.retryCount===0?(this._assertStatus("QUEUED"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(c,o,l,p){var f,b,_;this.retryCount===0?(this._assertStatus("RUNNING"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),b={args:this.args,options:this.options,retryCount:this.retryCount},this.Events.trigger("executing",b);try{if(_=await(c!=null?c.schedule(this.options,this.task,...this.args):this.task(...this.args)),o())return this.doDone(b),await p(this.options,b),this._assertStatus("DONE"),this._resolve(_)}catch(R){return f=R,this._onFailure(f,b,o,l,p)}}doExpire(c,o,l){var p,f;return this._states.jobStatus(this.options.id==="RUNNING")&&this._states.next(this.options.id),this._assertStatus("EXECUTING"),f={args:this.args,options:this.options,retryCount:this.retryCount},p=new x(`This job timed out after ${this.options.expiration} ms.`),this._onFailure(p,f,c,o,l)}async _onFailure(c,o,l,p,f){var b,_;if(l())return b=await this.Events.trigger("failed",c,o),b!=null?(_=~~b,this.Events.trigger("retry",`Retrying ${this.options.id} after ${_} ms`,o),this.retryCount++,p(_)):(this.doDone(o),await f(this.options,o),this._assertStatus("DONE"),this._reject(c))}doDone(c){return this._assertStatus("EXECUTING"),this._states.next(this.options.id),this.Events.trigger("done",c)}};var P=$,Y,Q,we;we=s,Y=v,Q=class{constructor(c,o,l){this.instance=c,this.storeOptions=o,this.clientId=this.instance._randomIndex(),we.load(l,l,this),this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now(),this._running=0,this._done=0,this._unblockTime=0,this.ready=this.Promise.resolve(),this.clients={},this._startHeartbeat()}_startHeartbeat(){var c;return this.heartbeat==null&&(this.storeOptions.reservoirRefreshInterval!=null&&this.storeOptions.reservoirRefreshAmount!=null||this.storeOptions.reservoirIncreaseInterval!=null&&this.storeOptions.reservoirIncreaseAmount!=null)?typeof(c=this.heartbeat=setInterval(()=>{var o,l,p,f,b;if(f=Date.now(),this.storeOptions.reservoirRefreshInterval!=null&&f>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval&&(this._lastReservoirRefresh=f,this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount,this.instance._drainAll(this.computeCapacity())),this.storeOptions.reservoirIncreaseInterval!=null&&f>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval&&({reservoirIncreaseAmount:o,reservoirIncreaseMaximum:p,reservoir:b}=this.storeOptions,this._lastReservoirIncrease=f,l=p!=null?Math.min(o,p-b):o,l>0))return this.storeOptions.reservoir+=l,this.instance._drainAll(this.computeCapacity())},this.heartbeatInterval)).unref=="function"?c.unref():void 0:clearInterval(this.heartbeat)}async __publish__(c){return await this.yieldLoop(),this.instance.Events.trigger("message",c.toString())}async __disconnect__(c){return await this.yieldLoop(),clearInterval(this.heartbeat),this.Promise.resolve()}yieldLoop(c=0){return new this.Promise(function(o,l){return setTimeout(o,c)})}computePenalty(){var c;return(c=this.storeOptions.penalty)!=null?c:15*this.storeOptions.minTime||5e3}async __updateSettings__(c){return await this.yieldLoop(),we.overwrite(c,c,this.storeOptions),this._startHeartbeat(),this.instance._drainAll(this.computeCapacity()),!0}async __running__(){return await this.yieldLoop(),this._running}async __queued__(){return await this.yieldLoop(),this.instance.queued()}async __done__(){return await this.yieldLoop(),this._done}async __groupCheck__(c){return await this.yieldLoop(),this._nextRequest+this.timeout<c}computeCapacity(){var c,o;return{maxConcurrent:c,reservoir:o}=this.storeOptions,c!=null&&o!=null?Math.min(c-this._running,o):c!=null?c-this._running:o??null}conditionsCheck(c){var o;return o=this.computeCapacity(),o==null||c<=o}async __incrementReservoir__(c){var o;return await this.yieldLoop(),o=this.storeOptions.reservoir+=c,this.instance._drainAll(this.computeCapacity()),o}async __currentReservoir__(){return await this.yieldLoop(),this.storeOptions.reservoir}isBlocked(c){return this._unblockTime>=c}check(c,o){return this.conditionsCheck(c)&&this._nextRequest-o<=0}async __check__(c){var o;return await this.yieldLoop(),o=Date.now(),this.check(c,o)}async __register__(c,o,l){var p,f;return await this.yieldLoop(),p=Date.now(),this.conditionsCheck(o)?(this._running+=o,this.storeOptions.reservoir!=null&&(this.storeOptions.reservoir-=o),f=Math.max(this._nextRequest-p,0),this._nextRequest=p+f+this.storeOptions.minTime,{success:!0,wait:f,reservoir:this.storeOptions.reservoir}):{success:!1}}strategyIsBlock(){return this.storeOptions.strategy===3}async __submit__(c,o){var l,p,f;if(await this.yieldLoop(),this.storeOptions.maxConcurrent!=null&&o>this.storeOptions.maxConcurrent)throw new Y(`Impossible to add a job having a weight of ${o} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);return p=Date.now(),f=this.storeOptions.highWater!=null&&c===this.storeOptions.highWater&&!this.check(o,p),l=this.strategyIsBlock()&&(f||this.isBlocked(p)),l&&(this._unblockTime=p+this.computePenalty(),this._nextRequest=this._unblockTime+this.storeOptions.minTime,this.instance._dropAllQueued()),{reachedHWM:f,blocked:l,strategy:this.storeOptions.strategy}}async __free__(c,o){return await this.yieldLoop(),this._running-=o,this._done+=o,this.instance._drainAll(this.computeCapacity()),{running:this._running}}};var Re=Q,Wt,Vt;Wt=v,Vt=class{constructor(c){this.status=c,this._jobs={},this.counts=this.status.map(function(){return 0})}next(c){var o,l;if(o=this._jobs[c],l=o+1,o!=null&&l<this.status.length)return this.counts[o]--,this.counts[l]++,this._jobs[c]++;if(o!=null)return this.counts[o]--,delete this._jobs[c]}start(c){var o;return o=0,this._jobs[c]=o,this.counts[o]++}remove(c){var o;return o=this._jobs[c],o!=null&&(this.counts[o]--,delete this._jobs[c]),o!=null}jobStatus(c){var o;return(o=this.status[this._jobs[c]])!=null?o:null}statusJobs(c){var o,l,p,f,b;if(c!=null){if(l=this.status.indexOf(c),l<0)throw new Wt(`status must be one of ${this.status.join(", ")}`);p=this._jobs,f=[];for(o in p)b=p[o],b===l&&f.push(o);return f}else return Object.keys(this._jobs)}statusCounts(){return this.counts.reduce(((c,o,l)=>(c[this.status[l]]=o,c)),{})}};var eo=Vt,Ht,Qt;Ht=a,Qt=class{constructor(c,o){this.schedule=this.schedule.bind(this),this.name=c,this.Promise=o,this._running=0,this._queue=new Ht}isEmpty(){return this._queue.length===0}async _tryToRun(){var c,o,l,p,f,b,_;if(this._running<1&&this._queue.length>0)return this._running++,{task:_,args:c,resolve:f,reject:p}=this._queue.shift(),o=await(async function(){try{return b=await _(...c),function(){return f(b)}}catch(R){return l=R,function(){return p(l)}}})(),this._running--,this._tryToRun(),o()}schedule(c,...o){var l,p,f;return f=p=null,l=new this.Promise(function(b,_){return f=b,p=_}),this._queue.push({task:c,args:o,resolve:f,reject:p}),this._tryToRun(),l}};var to=Qt,Jt="2.19.5",ro={version:Jt},no=Object.freeze({version:Jt,default:ro}),Kt=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Xt=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),so=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Yt,Zt,er,tr,rr,Oe;Oe=s,Yt=d,tr=Kt,er=Xt,rr=so,Zt=(function(){class E{constructor(o={}){this.deleteKey=this.deleteKey.bind(this),this.limiterOptions=o,Oe.load(this.limiterOptions,this.defaults,this),this.Events=new Yt(this),this.instances={},this.Bottleneck=mr,this._startAutoCleanup(),this.sharedConnection=this.connection!=null,this.connection==null&&(this.limiterOptions.datastore==="redis"?this.connection=new tr(Object.assign({},this.limiterOptions,{Events:this.Events})):this.limiterOptions.datastore==="ioredis"&&(this.connection=new er(Object.assign({},this.limiterOptions,{Events:this.Events}))))}key(o=""){var l;return(l=this.instances[o])!=null?l:(()=>{var p;return p=this.instances[o]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${o}`,timeout:this.timeout,connection:this.connection})),this.Events.trigger("created",p,o),p})()}async deleteKey(o=""){var l,p;return p=this.instances[o],this.connection&&(l=await this.connection.__runCommand__(["del",...rr.allKeys(`${this.id}-${o}`)])),p!=null&&(delete this.instances[o],await p.disconnect()),p!=null||l>0}limiters(){var o,l,p,f;l=this.instances,p=[];for(o in l)f=l[o],p.push({key:o,limiter:f});return p}keys(){return Object.keys(this.instances)}async clusterKeys(){var o,l,p,f,b,_,R,G,N;if(this.connection==null)return this.Promise.resolve(this.keys());for(_=[],o=null,N=`b_${this.id}-`.length,l=9;o!==0;)for([G,p]=await this.connection.__runCommand__(["scan",o??0,"match",`b_${this.id}-*_settings`,"count",1e4]),o=~~G,f=0,R=p.length;f<R;f++)b=p[f],_.push(b.slice(N,-l));return _}_startAutoCleanup(){var o;return clearInterval(this.interval),typeof(o=this.interval=setInterval(async()=>{var l,p,f,b,_,R;_=Date.now(),f=this.instances,b=[];for(p in f){R=f[p];try{await R._store.__groupCheck__(_)?b.push(this.deleteKey(p)):b.push(void 0)}catch(G){l=G,b.push(R.Events.trigger("error",l))}}return b},this.timeout/2)).unref=="function"?o.unref():void 0}updateSettings(o={}){if(Oe.overwrite(o,this.defaults,this),Oe.overwrite(o,o,this.limiterOptions),o.timeout!=null)return this._startAutoCleanup()}disconnect(o=!0){var l;if(!this.sharedConnection)return(l=this.connection)!=null?l.disconnect(o):void 0}}return E.prototype.defaults={timeout:1e3*60*5,connection:null,Promise,id:"group-key"},E}).call(e);var oo=Zt,nr,sr,or;or=s,sr=d,nr=(function(){class E{constructor(o={}){this.options=o,or.load(this.options,this.defaults,this),this.Events=new sr(this),this._arr=[],this._resetPromise(),this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((o,l)=>this._resolve=o)}_flush(){return clearTimeout(this._timeout),this._lastFlush=Date.now(),this._resolve(),this.Events.trigger("batch",this._arr),this._arr=[],this._resetPromise()}add(o){var l;return this._arr.push(o),l=this._promise,this._arr.length===this.maxSize?this._flush():this.maxTime!=null&&this._arr.length===1&&(this._timeout=setTimeout(()=>this._flush(),this.maxTime)),l}}return E.prototype.defaults={maxTime:null,maxSize:null,Promise},E}).call(e);var io=nr,ao=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),uo=t(no),ir,ar,et,tt,ur,rt,cr,lr,dr,nt,V,pr=[].splice;rt=10,ar=5,V=s,cr=k,tt=P,ur=Re,lr=ao,et=d,dr=eo,nt=to,ir=(function(){class E{constructor(o={},...l){var p,f;this._addToQueue=this._addToQueue.bind(this),this._validateOptions(o,l),V.load(o,this.instanceDefaults,this),this._queues=new cr(rt),this._scheduled={},this._states=new dr(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[])),this._limiter=null,this.Events=new et(this),this._submitLock=new nt("submit",this.Promise),this._registerLock=new nt("register",this.Promise),f=V.load(o,this.storeDefaults,{}),this._store=(function(){if(this.datastore==="redis"||this.datastore==="ioredis"||this.connection!=null)return p=V.load(o,this.redisStoreDefaults,{}),new lr(this,f,p);if(this.datastore==="local")return p=V.load(o,this.localStoreDefaults,{}),new ur(this,f,p);throw new E.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}).call(this),this._queues.on("leftzero",()=>{var b;return(b=this._store.heartbeat)!=null&&typeof b.ref=="function"?b.ref():void 0}),this._queues.on("zero",()=>{var b;return(b=this._store.heartbeat)!=null&&typeof b.unref=="function"?b.unref():void 0})}_validateOptions(o,l){if(!(o!=null&&typeof o=="object"&&l.length===0))throw new E.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(o){return this._store.__publish__(o)}disconnect(o=!0){return this._store.__disconnect__(o)}chain(o){return this._limiter=o,this}queued(o){return this._queues.queued(o)}clusterQueued(){return this._store.__queued__()}empty(){return this.queued()===0&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(o){return this._states.jobStatus(o)}jobs(o){return this._states.statusJobs(o)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(o=1){return this._store.__check__(o)}_clearGlobalState(o){return this._scheduled[o]!=null?(clearTimeout(this._scheduled[o].expiration),delete this._scheduled[o],!0):!1}async _free(o,l,p,f){var b,_;try{if({running:_}=await this._store.__free__(o,p.weight),this.Events.trigger("debug",`Freed ${p.id}`,f),_===0&&this.empty())return this.Events.trigger("idle")}catch(R){return b=R,this.Events.trigger("error",b)}}_run(o,l,p){var f,b,_;return l.doRun(),f=this._clearGlobalState.bind(this,o),_=this._run.bind(this,o,l),b=this._free.bind(this,o,l),this._scheduled[o]={timeout:setTimeout(()=>l.doExecute(this._limiter,f,_,b),p),expiration:l.options.expiration!=null?setTimeout(function(){return l.doExpire(f,_,b)},p+l.options.expiration):void 0,job:l}}_drainOne(o){return this._registerLock.schedule(()=>{var l,p,f,b,_;return this.queued()===0?this.Promise.resolve(null):(_=this._queues.getFirst(),{options:b,args:l}=f=_.first(),o!=null&&b.weight>o?this.Promise.resolve(null):(this.Events.trigger("debug",`Draining ${b.id}`,{args:l,options:b}),p=this._randomIndex(),this._store.__register__(p,b.weight,b.expiration).then(({success:R,wait:G,reservoir:N})=>{var _e;return this.Events.trigger("debug",`Drained ${b.id}`,{success:R,args:l,options:b}),R?(_.shift(),_e=this.empty(),_e&&this.Events.trigger("empty"),N===0&&this.Events.trigger("depleted",_e),this._run(p,f,G),this.Promise.resolve(b.weight)):this.Promise.resolve(null)})))})}_drainAll(o,l=0){return this._drainOne(o).then(p=>{var f;return p!=null?(f=o!=null?o-p:o,this._drainAll(f,l+p)):this.Promise.resolve(l)}).catch(p=>this.Events.trigger("error",p))}_dropAllQueued(o){return this._queues.shiftAll(function(l){return l.doDrop({message:o})})}stop(o={}){var l,p;return o=V.load(o,this.stopDefaults),p=f=>{var b;return b=()=>{var _;return _=this._states.counts,_[0]+_[1]+_[2]+_[3]===f},new this.Promise((_,R)=>b()?_():this.on("done",()=>{if(b())return this.removeAllListeners("done"),_()}))},l=o.dropWaitingJobs?(this._run=function(f,b){return b.doDrop({message:o.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var f,b,_;b=this._scheduled;for(f in b)_=b[f],this.jobStatus(_.job.options.id)==="RUNNING"&&(clearTimeout(_.timeout),clearTimeout(_.expiration),_.job.doDrop({message:o.dropErrorMessage}));return this._dropAllQueued(o.dropErrorMessage),p(0)}))):this.schedule({priority:rt-1,weight:0},()=>p(1)),this._receive=function(f){return f._reject(new E.prototype.BottleneckError(o.enqueueErrorMessage))},this.stop=()=>this.Promise.reject(new E.prototype.BottleneckError("stop() has already been called")),l}async _addToQueue(o){var l,p,f,b,_,R,G;({args:l,options:b}=o);try{({reachedHWM:_,blocked:p,strategy:G}=await this._store.__submit__(this.queued(),b.weight))}catch(N){return f=N,this.Events.trigger("debug",`Could not queue ${b.id}`,{args:l,options:b,error:f}),o.doDrop({error:f}),!1}return p?(o.doDrop(),!0):_&&(R=G===E.prototype.strategy.LEAK?this._queues.shiftLastFrom(b.priority):G===E.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(b.priority+1):G===E.prototype.strategy.OVERFLOW?o:void 0,R?.doDrop(),R==null||G===E.prototype.strategy.OVERFLOW)?(R==null&&o.doDrop(),_):(o.doQueue(_,p),this._queues.push(o),await this._drainAll(),_)}_receive(o){return this._states.jobStatus(o.options.id)!=null?(o._reject(new E.prototype.BottleneckError(`A job with the same id already exists (id=${o.options.id})`)),!1):(o.doReceive(),this._submitLock.schedule(this._addToQueue,o))}submit(...o){var l,p,f,b,_,R,G;return typeof o[0]=="function"?(_=o,[p,...o]=_,[l]=pr.call(o,-1),b=V.load({},this.jobDefaults)):(R=o,[b,p,...o]=R,[l]=pr.call(o,-1),b=V.load(b,this.jobDefaults)),G=(...N)=>new this.Promise(function(_e,lo){return p(...N,function(...fr){return(fr[0]!=null?lo:_e)(fr)})}),f=new tt(G,o,b,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),f.promise.then(function(N){return typeof l=="function"?l(...N):void 0}).catch(function(N){return Array.isArray(N)?typeof l=="function"?l(...N):void 0:typeof l=="function"?l(N):void 0}),this._receive(f)}schedule(...o){var l,p,f;return typeof o[0]=="function"?([f,...o]=o,p={}):[p,f,...o]=o,l=new tt(f,o,p,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),this._receive(l),l.promise}wrap(o){var l,p;return l=this.schedule.bind(this),p=function(...f){return l(o.bind(this),...f)},p.withOptions=function(f,...b){return l(f,o,...b)},p}async updateSettings(o={}){return await this._store.__updateSettings__(V.overwrite(o,this.storeDefaults)),V.overwrite(o,this.instanceDefaults,this),this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(o=0){return this._store.__incrementReservoir__(o)}}return E.default=E,E.Events=et,E.version=E.prototype.version=uo.version,E.strategy=E.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3},E.BottleneckError=E.prototype.BottleneckError=v,E.Group=E.prototype.Group=oo,E.RedisConnection=E.prototype.RedisConnection=Kt,E.IORedisConnection=E.prototype.IORedisConnection=Xt,E.Batcher=E.prototype.Batcher=io,E.prototype.jobDefaults={priority:ar,weight:1,expiration:null,id:"<no-id>"},E.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:E.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null},E.prototype.localStoreDefaults={Promise,timeout:null,heartbeatInterval:250},E.prototype.redisStoreDefaults={Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:!1,connection:null},E.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:!0,trackDoneStatus:!1,Promise},E.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:!0,dropErrorMessage:"This limiter has been stopped."},E}).call(e);var mr=ir,co=mr;return co}))});import*as Dr from"os";function Z(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Pe(e){return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}:{}}function ce(e,t,r){let n=new ut(e,t,r);process.stdout.write(n.toString()+Dr.EOL)}var Lr="::",ut=class{constructor(t,r,n){t||(t="missing.command"),this.command=t,this.properties=r,this.message=n}toString(){let t=Lr+this.command;if(this.properties&&Object.keys(this.properties).length>0){t+=" ";let r=!0;for(let n in this.properties)if(this.properties.hasOwnProperty(n)){let s=this.properties[n];s&&(r?r=!1:t+=",",t+=`${n}=${mo(s)}`)}}return t+=`${Lr}${po(this.message)}`,t}};function po(e){return Z(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function mo(e){return Z(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}import*as Ur from"crypto";import*as ze from"fs";import*as Ne from"os";function Fr(e,t){let r=process.env[`GITHUB_${e}`];if(!r)throw new Error(`Unable to find environment variable for file command ${e}`);if(!ze.existsSync(r))throw new Error(`Missing file at path: ${r}`);ze.appendFileSync(r,`${Z(t)}${Ne.EOL}`,{encoding:"utf8"})}function Mr(e,t){let r=`ghadelimiter_${Ur.randomUUID()}`,n=Z(t);if(e.includes(r))throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);if(n.includes(r))throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);return`${e}<<${r}${Ne.EOL}${n}${Ne.EOL}${r}`}import*as pt from"os";import{EOL as fo}from"os";import{constants as qr,promises as ho}from"fs";var ct=function(e,t,r,n){function s(i){return i instanceof r?i:new r(function(a){a(i)})}return new(r||(r=Promise))(function(i,a){function u(y){try{h(n.next(y))}catch(w){a(w)}}function d(y){try{h(n.throw(y))}catch(w){a(w)}}function h(y){y.done?i(y.value):s(y.value).then(u,d)}h((n=n.apply(e,t||[])).next())})},{access:go,appendFile:yo,writeFile:bo}=ho,Br="GITHUB_STEP_SUMMARY";var lt=class{constructor(){this._buffer=""}filePath(){return ct(this,void 0,void 0,function*(){if(this._filePath)return this._filePath;let t=process.env[Br];if(!t)throw new Error(`Unable to find environment variable for $${Br}. Check if your runtime environment supports job summaries.`);try{yield go(t,qr.R_OK|qr.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,r,n={}){let s=Object.entries(n).map(([i,a])=>` ${i}="${a}"`).join("");return r?`<${t}${s}>${r}</${t}>`:`<${t}${s}>`}write(t){return ct(this,void 0,void 0,function*(){let r=!!t?.overwrite,n=yield this.filePath();return yield(r?bo:yo)(n,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return ct(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,r=!1){return this._buffer+=t,r?this.addEOL():this}addEOL(){return this.addRaw(fo)}addCodeBlock(t,r){let n=Object.assign({},r&&{lang:r}),s=this.wrap("pre",this.wrap("code",t),n);return this.addRaw(s).addEOL()}addList(t,r=!1){let n=r?"ol":"ul",s=t.map(a=>this.wrap("li",a)).join(""),i=this.wrap(n,s);return this.addRaw(i).addEOL()}addTable(t){let r=t.map(s=>{let i=s.map(a=>{if(typeof a=="string")return this.wrap("td",a);let{header:u,data:d,colspan:h,rowspan:y}=a,w=u?"th":"td",k=Object.assign(Object.assign({},h&&{colspan:h}),y&&{rowspan:y});return this.wrap(w,d,k)}).join("");return this.wrap("tr",i)}).join(""),n=this.wrap("table",r);return this.addRaw(n).addEOL()}addDetails(t,r){let n=this.wrap("details",this.wrap("summary",t)+r);return this.addRaw(n).addEOL()}addImage(t,r,n){let{width:s,height:i}=n||{},a=Object.assign(Object.assign({},s&&{width:s}),i&&{height:i}),u=this.wrap("img",null,Object.assign({src:t,alt:r},a));return this.addRaw(u).addEOL()}addHeading(t,r){let n=`h${r}`,s=["h1","h2","h3","h4","h5","h6"].includes(n)?n:"h1",i=this.wrap(s,t);return this.addRaw(i).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,r){let n=Object.assign({},r&&{cite:r}),s=this.wrap("blockquote",t,n);return this.addRaw(s).addEOL()}addLink(t,r){let n=this.wrap("a",t,{href:r});return this.addRaw(n).addEOL()}},wo=new lt;var q=wo;import Vr from"os";import*as Le from"fs";var{chmod:_o,copyFile:Eo,lstat:To,mkdir:vo,open:wu,readdir:ko,rename:So,rm:Io,rmdir:_u,stat:$o,symlink:Ro,unlink:Oo}=Le.promises,Ao=process.platform==="win32";var Eu=Le.constants.O_RDONLY;var Iu=process.platform==="win32";var Cu=Vr.platform(),ju=Vr.arch();var dt;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(dt||(dt={}));function Hr(e){ce("add-mask",{},e)}function Qr(e,t){let r=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!r)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?r:r.trim()}function C(e,t){if(process.env.GITHUB_OUTPUT||"")return Fr("OUTPUT",Mr(e,t));process.stdout.write(pt.EOL),ce("set-output",{name:e},Z(t))}function U(e){process.exitCode=dt.Failure,De(e)}function De(e,t={}){ce("error",Pe(t),e instanceof Error?e.toString():e)}function Te(e,t={}){ce("warning",Pe(t),e instanceof Error?e.toString():e)}function le(e,t={}){ce("notice",Pe(t),e instanceof Error?e.toString():e)}function Jr(e){process.stdout.write(e+pt.EOL)}function Kr(e,t,r){let s=Ae(e,t,{notes:r,omitSubject:!0}).split(`
`).slice(1).join(`
`).trim();return{title:Ee(e),summary:s||Ee(e),text:"",annotations:[]}}function Xr(e,t,r){return{failing:e.rules.some(n=>n.status==="fail"),findings:t,resolved:st(e,"resolved"),passing:[st(e,"passing"),...r.map(n=>`${n}
`)].join(`
`)}}var zo=5;async function Yr(e,t,r,n){let s=n.rules["debt-link"],i=new Map;for(let a of r.slice(0,zo)){if(_r(a.register)?.verify===void 0){i.set(a.ref,{status:"ok",detail:"not resolvable through the GitHub API"});continue}let u=/^(?:([\w.-]+)\/([\w.-]+))?#(\d+)$/u.exec(a.ref);if(!u)continue;let d=u[1]&&u[2]?{owner:u[1],repo:u[2]}:t,h=Lo(n,`${d.owner}/${d.repo}`,`${t.owner}/${t.repo}`)??s.labels,y=await e.readIssue(d,Number(u[3]));y.exists?y.isPullRequest?i.set(a.ref,{status:"missing",detail:"a pull request, not a register issue"}):y.labels.some(w=>h.some(k=>k.toLowerCase()===w.toLowerCase()))?i.set(a.ref,{status:"ok"}):i.set(a.ref,{status:"unlabelled",detail:`expected label ${h.join(" or ")}, found ${y.labels.join(", ")||"none"}`}):i.set(a.ref,{status:"missing",detail:"no such issue"})}return i}function Lo(e,t,r){for(let n of e.rules["debt-link"].registers){let s=wr(n).verify?.(n,t,r)?.label;if(s!==void 0)return[s]}}async function Zr(e,t,r){let{api:n,inputs:s}=e,i=new Gr(s.dryRun,e.log),a=await n.readCheckContext(t,{path:s.configPath,ref:r}),{subject:u}=a,d=await Or(n,t,s.configPath,r,a.config);if(!d.ok)return{type:"config-error",markdown:Rr(d.errors,s.configPath),errors:d.errors,blocked:i.blocked};d.source==="defaults"&&e.log(`No ${s.configPath} on ${r??"the default branch"}: using the embedded defaults.`);let h=s.mode?{...d.config,mode:s.mode}:d.config,y=s.checkName??h.report["check-name"],w=async(Q,we)=>{let Re=u.headSha;t.kind!=="pr"||!Re||await i.attempt("check run",()=>n.createCheckRun({owner:t.owner,repo:t.repo,name:y,headSha:Re,conclusion:Q,output:we}))},k=$r(u,h);if(k)return h.report["check-run"]&&await w("skipped",{title:`Skipped: ${k}`,summary:`alignment-check skipped this pull request because ${k}.`,text:"",annotations:[]}),{type:"skipped",reason:k,subject:u,blocked:i.blocked};let I=Er({kind:u.kind,number:u.number,title:u.title,body:u.body,labels:u.labels,repo:`${t.owner}/${t.repo}`,serverUrl:e.serverUrl},h),x=h.rules["debt-link"].verify&&I.links.length>0&&u.kind==="pr"&&(I.debtWork.isDebtWork||I.debtWork.declaresNewDebt)?await Yr(n,t,I.links,h):void 0,T=Tr(I,h,x?{verification:x}:{}),$=e.notes?await e.notes(h,u):[],W=Ae(T,h,{notes:$}),H=s.comment??h.report.comment,P={subjectId:u.nodeId??"",viewer:a.viewer,comments:a.comments,complete:a.allComments},[,Y]=await Promise.all([h.report["check-run"]?w(T.conclusion,Kr(T,h,$)):Promise.resolve(),i.attempt("comment",()=>Pr(n,t,P,Xr(T,W,$),H))]);return e.log(`${Ee(T)}; comment: ${Y??(s.dryRun?"dry-run":"not written")}`),{type:"checked",result:T,config:h,markdown:W,comment:Y,blocked:i.blocked}}function Do(e){return e.map((t,r)=>typeof t=="number"?`[${t}]`:`${r===0?"":"."}${String(t)}`).join("")}var en=e=>(e?.message??"invalid").replace(/^Invalid input: /u,"");function F(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let s=n.error.issues[0],i=Do(s?.path??[]),a;throw r===void 0||typeof r=="string"||r instanceof ArrayBuffer?a="that is not JSON":i===""?a=`that is not what GitHub documents (${en(s)})`:s?.code==="invalid_type"&&/received undefined$/u.test(s.message)?a=`without \`${i}\``:a=`whose \`${i}\` is not what GitHub documents (${en(s)})`,new A(e,void 0,`returned an answer ${a}`)}function M(e){return g({pageInfo:g({hasNextPage:L(),endCursor:m().nullable()}),nodes:O(e.nullable()).nullable()})}function z(e,t){return t?e:e.optional()}var Ue=class extends Error{name="UnreadableAnswerError"};function Uo(e){let t=e.replace(/\s+/gu," ").trim();return t.length>60?`${t.slice(0,60)}\u2026`:t}function tn(e){e.hook.after("request",(t,r)=>{let n=String(r.headers.accept??"");if(!/json/iu.test(n)||t.status===204)return;let s=t.data;if(s===null)throw new Ue("returned an answer that is `null`");if(typeof s!="string"&&!(s instanceof ArrayBuffer))return;let i=String(t.headers["content-type"]??"no content type").split(";")[0]??"",a=typeof s=="string"?s:"",u=/json/iu.test(i)?"is not valid JSON (cut off?)":`is not JSON (${i}${a===""?"":`: ${Uo(a)}`})`;throw new Ue(`returned an answer that ${u}`)})}var Fo={NOT_FOUND:404,FORBIDDEN:403,INSUFFICIENT_SCOPES:403,UNAUTHORIZED:401,RATE_LIMITED:403};function Mo(e){if(typeof e!="object"||e===null)return;let t=Reflect.get(e,"errors");if(!(Reflect.get(e,"name")!=="GraphqlResponseError"||!Array.isArray(t)))return{data:Reflect.get(e,"data"),errors:t.map(r=>{let n=typeof r=="object"&&r!==null?r:{};return{type:typeof n.type=="string"?n.type:void 0,message:typeof n.message=="string"?n.message:String(r),path:Array.isArray(n.path)?n.path:[]}})}}async function j(e,t,r,n,s,i=()=>!1){let a,u=[];try{a=await e.graphql(r,n)}catch(d){let h=Mo(d);if(h===void 0)throw Cr(t,d);let y=h.errors.filter(w=>!i(w));if(y.length>0||h.data===void 0||h.data===null){let w=y[0]??h.errors[0],k=w?.type===void 0?void 0:Fo[w.type],I=(y.length>0?y:h.errors).slice(0,3).map(T=>`${T.type?`${T.type}: `:""}${T.message}${T.path.length>0?` (at ${T.path.join(".")})`:""}`).join("; "),v=w?.type==="FORBIDDEN",x=v?` \u2014 ${xr(t)}`:"";throw new A(t,k,`${I}${x}`,{cause:d,permission:v?jr(t):void 0})}a=h.data,u=h.errors}if(a===void 0)throw new A(t,void 0,"returned an answer without `data`");if(a===null)throw new A(t,void 0,"returned an answer whose `data` is null");return{data:F(t,s,a),errors:u}}var de=(e,t)=>t.every((r,n)=>e.path[n]===r);var pe=`
  fragment SprintMilestone on Milestone {
    number
    title
    description
    dueOn
    closedAt
    createdAt
    state
  }
`,qo=g({number:S().int(),title:m(),description:m().nullable(),dueOn:m().nullable(),closedAt:m().nullable(),createdAt:m(),state:m()}),se=M(qo);function Bo(e){return{number:e.number,title:e.title,description:e.description,due_on:e.dueOn,closed_at:e.closedAt,created_at:e.createdAt,state:e.state==="OPEN"?"open":"closed"}}function me(e){return{nodes:(e.nodes??[]).flatMap(t=>t?[Bo(t)]:[]),more:e.pageInfo.hasNextPage}}var oe=50,rn=25,ie=`
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
    labels(first: ${oe}) {
      nodes {
        name
      }
    }
    closingIssuesReferences(first: ${rn}) {
      nodes {
        number
        repository {
          nameWithOwner
        }
      }
    }
  }
`,ae=`
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
    labels(first: ${oe}) {
      nodes {
        name
      }
    }
    closedByPullRequestsReferences(first: ${rn}, includeClosedPrs: true) {
      nodes {
        number
        mergedAt
        repository {
          nameWithOwner
        }
      }
    }
  }
`,ht=`
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
`,gt=`
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withRegister: Boolean!
    $registerLabels: [String!]
    $registerCursor: String
`,Wo=`
  query AlignmentSprintItems(
    $owner: String!
    $name: String!
    ${gt}
  ) {
    repository(owner: $owner, name: $name) {
      ${ht}
    }
  }
  ${ie}
  ${ae}
`,Fe=g({nameWithOwner:m()}),nn=g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),ve=g({number:S().int(),title:m(),url:m(),prState:m(),mergedAt:m().nullable(),closedAt:m().nullable(),updatedAt:m(),additions:S().int(),deletions:S().int(),body:m(),repository:Fe,labels:nn,closingIssuesReferences:g({nodes:O(g({number:S().int(),repository:Fe}).nullable()).nullable()}).nullable()}),fe=g({number:S().int(),title:m(),url:m(),issueState:m(),stateReason:m().nullable(),createdAt:m(),closedAt:m().nullable(),updatedAt:m(),body:m(),repository:Fe,labels:nn,closedByPullRequestsReferences:g({nodes:O(g({number:S().int(),mergedAt:m().nullable(),repository:Fe}).nullable()).nullable()}).nullable()}),sn=e=>(e?.nodes??[]).flatMap(t=>t?[t.name]:[]);function ke(e){let t=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed";return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:sn(e.labels),body:e.body,...e.mergedAt===null?{}:{completedAt:e.mergedAt},updatedAt:e.updatedAt,state:t,closes:(e.closingIssuesReferences?.nodes??[]).flatMap(r=>r?[`${r.repository.nameWithOwner}#${r.number}`]:[]),additions:e.additions,deletions:e.deletions}}function he(e){let t="open";return e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:sn(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:t,closes:[],closedBy:(e.closedByPullRequestsReferences?.nodes??[]).flatMap(r=>r&&r.mergedAt!==null?[`${r.repository.nameWithOwner}#${r.number}`]:[])}}function ft(e,t,r,n){if(e===void 0)return;if(e===null)return{cursor:null,oldestUpdatedAt:null,...n===void 0?{}:{oldestCreatedAt:null}};let s=null,i=null;for(let u of e.nodes??[]){if(u===null){if(n!==void 0)continue;r.push(s===null?{kind:"redacted",repo:""}:{kind:"redacted",repo:"",completedAt:s,updatedAt:s});continue}s=u.updatedAt,n!==void 0&&(i=n(u)),r.push(t(u))}if(n!==void 0)return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:s,oldestCreatedAt:i};let a=r.find(u=>u.updatedAt!==void 0)?.updatedAt;for(let u=0;u<r.length;u+=1){let d=r[u];d?.kind==="redacted"&&d.completedAt===void 0&&a!==void 0&&(r[u]={kind:"redacted",repo:"",completedAt:a,updatedAt:a})}return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:s}}function yt(e){return g({mergedPullRequests:z(M(ve).nullable(),e.prs),closedIssues:z(M(fe).nullable(),e.issues),openRegisterIssues:z(M(fe).nullable(),e.register)})}function bt(e){let t=[],r=[],n=[],s=ft(e?.mergedPullRequests,ke,t),i=ft(e?.closedIssues,he,r),a=ft(e?.openRegisterIssues,he,n,u=>u.createdAt);return{items:[...t,...r,...n],prs:s,issues:i,register:a}}var wt=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="mergedPullRequests"||e.path[1]==="closedIssues"||e.path[1]==="openRegisterIssues")&&e.path[2]==="nodes";async function on(e,t,r){let s=`GraphQL query AlignmentSprintItems (${[r.prs===void 0?"":"merged PRs",r.issues===void 0?"":"closed issues",r.register===void 0?"":"open register issues"].filter(Boolean).join(" and ")} of ${t.owner}/${t.repo})`,i={prs:r.prs!==void 0,issues:r.issues!==void 0,register:r.register!==void 0},{data:a}=await j(e,s,Wo,{owner:t.owner,name:t.repo,withPrs:i.prs,prCursor:r.prs??null,withIssues:i.issues,issueCursor:r.issues??null,withRegister:i.register,registerLabels:r.register===void 0?null:[...r.register.labels],registerCursor:r.register?.cursor??null},g({repository:yt(i).nullable()}),wt);return bt(a.repository)}var Vo=`
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
    labels(first: ${oe}) {
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
    labels(first: ${oe}) {
      nodes {
        name
      }
    }
  }
  ${pe}
`,un=g({nameWithOwner:m()}),cn=g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),ln=g({login:m()}).nullable(),Ho=g({number:S().int(),title:m(),url:m(),body:m(),createdAt:m(),mergedAt:m().nullable(),closedAt:m().nullable(),prState:m(),isDraft:L(),author:ln,repository:un,labels:cn}),Qo=g({number:S().int(),title:m(),url:m(),body:m(),createdAt:m(),closedAt:m().nullable(),issueState:m(),stateReason:m().nullable(),author:ln,repository:un,labels:cn}),dn=e=>(e?.nodes??[]).flatMap(t=>t?[t.name]:[]);function Jo(e){let t=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed",r=e.mergedAt??void 0;return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:dn(e.labels),body:e.body,createdAt:e.createdAt,...r===void 0?{}:{completedAt:r},state:t,author:e.author?.login??"ghost",draft:e.isDraft}}function Ko(e){let t="open";return e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:dn(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null||t==="open"?{}:{completedAt:e.closedAt},state:t,author:e.author?.login??"ghost",draft:!1}}function Xo(e){return g({repository:g({pullRequests:z(M(Ho),e.prs!==void 0),issues:z(M(Qo),e.issues!==void 0),milestones:z(se,e.milestones===!0)}).nullable()})}function an(e,t,r){if(e===void 0)return{stream:void 0,unreadable:0};let n=null,s=0;for(let i of e.nodes??[]){if(i===null){s+=1;continue}n=i.createdAt,r.push(t(i))}return{stream:{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestCreatedAt:n},unreadable:s}}var Yo=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="pullRequests"||e.path[1]==="issues")&&e.path[2]==="nodes";async function pn(e,t,r){let s=`GraphQL query AlignmentAuditItems (${[r.prs===void 0?"":"PRs",r.issues===void 0?"":"issues",r.milestones===!0?"milestones":""].filter(Boolean).join(" and ")||"nothing"} of ${t.owner}/${t.repo})`,{data:i}=await j(e,s,Vo,{owner:t.owner,name:t.repo,withPrs:r.prs!==void 0,prCursor:r.prs??null,withIssues:r.issues!==void 0,issueCursor:r.issues??null,withMilestones:r.milestones===!0},Xo(r),Yo),a=i.repository;if(a===null)throw new A(s,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let u=[],d=an(a.pullRequests,Jo,u),h=an(a.issues,Ko,u);return{items:u,unreadable:d.unreadable+h.unreadable,prs:d.stream,issues:h.stream,milestones:a.milestones===void 0?void 0:me(a.milestones)}}var Zo=50,mn=65535,ei=g({id:S().int()});async function fn(e,t){let r=`POST /repos/${t.owner}/${t.repo}/check-runs`,n=await B(r,()=>e.request("POST /repos/{owner}/{repo}/check-runs",{owner:t.owner,repo:t.repo,name:t.name,head_sha:t.headSha,status:"completed",conclusion:t.conclusion,...t.detailsUrl?{details_url:t.detailsUrl}:{},output:{title:ue(t.output.title,255),summary:ue(t.output.summary,mn),text:ue(t.output.text,mn),annotations:t.output.annotations.slice(0,Zo).map(s=>({path:s.path,start_line:s.line,end_line:s.line,annotation_level:s.level,title:ue(s.title,255),message:ue(s.message,64e3)}))}}));F(r,ei,n.data)}function ee(){return typeof navigator=="object"&&"userAgent"in navigator?navigator.userAgent:typeof process=="object"&&process.version!==void 0?`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`:"<environment undetectable>"}function Me(e,t,r,n){if(typeof r!="function")throw new Error("method for before hook must be a function");return n||(n={}),Array.isArray(t)?t.reverse().reduce((s,i)=>Me.bind(null,e,i,s,n),r)():Promise.resolve().then(()=>e.registry[t]?e.registry[t].reduce((s,i)=>i.hook.bind(null,s,n),r)():r(n))}function hn(e,t,r,n){let s=n;e.registry[r]||(e.registry[r]=[]),t==="before"&&(n=(i,a)=>Promise.resolve().then(s.bind(null,a)).then(i.bind(null,a))),t==="after"&&(n=(i,a)=>{let u;return Promise.resolve().then(i.bind(null,a)).then(d=>(u=d,s(u,a))).then(()=>u)}),t==="error"&&(n=(i,a)=>Promise.resolve().then(i.bind(null,a)).catch(u=>s(u,a))),e.registry[r].push({hook:n,orig:s})}function gn(e,t,r){if(!e.registry[t])return;let n=e.registry[t].map(s=>s.orig).indexOf(r);n!==-1&&e.registry[t].splice(n,1)}var yn=Function.bind,bn=yn.bind(yn);function wn(e,t,r){let n=bn(gn,null).apply(null,r?[t,r]:[t]);e.api={remove:n},e.remove=n,["before","error","after","wrap"].forEach(s=>{let i=r?[t,s,r]:[t,s];e[s]=e.api[s]=bn(hn,null).apply(null,i)})}function ti(){let e=Symbol("Singular"),t={registry:{}},r=Me.bind(null,t,e);return wn(r,t,e),r}function ri(){let e={registry:{}},t=Me.bind(null,e);return wn(t,e),t}var _n={Singular:ti,Collection:ri};var ni="0.0.0-development",si=`octokit-endpoint.js/${ni} ${ee()}`,oi={method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":si},mediaType:{format:""}};function ii(e){return e?Object.keys(e).reduce((t,r)=>(t[r.toLowerCase()]=e[r],t),{}):{}}function ai(e){if(typeof e!="object"||e===null||Object.prototype.toString.call(e)!=="[object Object]")return!1;let t=Object.getPrototypeOf(e);if(t===null)return!0;let r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r=="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}function vn(e,t){let r=Object.assign({},e);return Object.keys(t).forEach(n=>{ai(t[n])?n in e?r[n]=vn(e[n],t[n]):Object.assign(r,{[n]:t[n]}):Object.assign(r,{[n]:t[n]})}),r}function En(e){for(let t in e)e[t]===void 0&&delete e[t];return e}function Et(e,t,r){if(typeof t=="string"){let[s,i]=t.split(" ");r=Object.assign(i?{method:s,url:i}:{url:s},r)}else r=Object.assign({},t);r.headers=ii(r.headers),En(r),En(r.headers);let n=vn(e||{},r);return r.url==="/graphql"&&(e&&e.mediaType.previews?.length&&(n.mediaType.previews=e.mediaType.previews.filter(s=>!n.mediaType.previews.includes(s)).concat(n.mediaType.previews)),n.mediaType.previews=(n.mediaType.previews||[]).map(s=>s.replace(/-preview/,""))),n}function ui(e,t){let r=/\?/.test(e)?"&":"?",n=Object.keys(t);return n.length===0?e:e+r+n.map(s=>s==="q"?"q="+t.q.split("+").map(encodeURIComponent).join("+"):`${s}=${encodeURIComponent(t[s])}`).join("&")}var ci=/\{[^{}}]+\}/g;function li(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function di(e){let t=e.match(ci);return t?t.map(li).reduce((r,n)=>r.concat(n),[]):[]}function Tn(e,t){let r={__proto__:null};for(let n of Object.keys(e))t.indexOf(n)===-1&&(r[n]=e[n]);return r}function kn(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(t){return/%[0-9A-Fa-f]/.test(t)||(t=encodeURI(t).replace(/%5B/g,"[").replace(/%5D/g,"]")),t}).join("")}function ye(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(t){return"%"+t.charCodeAt(0).toString(16).toUpperCase()})}function Se(e,t,r){return t=e==="+"||e==="#"?kn(t):ye(t),r?ye(r)+"="+t:t}function ge(e){return e!=null}function _t(e){return e===";"||e==="&"||e==="?"}function pi(e,t,r,n){var s=e[r],i=[];if(ge(s)&&s!=="")if(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||typeof s=="boolean")s=s.toString(),n&&n!=="*"&&(s=s.substring(0,parseInt(n,10))),i.push(Se(t,s,_t(t)?r:""));else if(n==="*")Array.isArray(s)?s.filter(ge).forEach(function(a){i.push(Se(t,a,_t(t)?r:""))}):Object.keys(s).forEach(function(a){ge(s[a])&&i.push(Se(t,s[a],a))});else{let a=[];Array.isArray(s)?s.filter(ge).forEach(function(u){a.push(Se(t,u))}):Object.keys(s).forEach(function(u){ge(s[u])&&(a.push(ye(u)),a.push(Se(t,s[u].toString())))}),_t(t)?i.push(ye(r)+"="+a.join(",")):a.length!==0&&i.push(a.join(","))}else t===";"?ge(s)&&i.push(ye(r)):s===""&&(t==="&"||t==="?")?i.push(ye(r)+"="):s===""&&i.push("");return i}function mi(e){return{expand:fi.bind(null,e)}}function fi(e,t){var r=["+","#",".","/",";","?","&"];return e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(n,s,i){if(s){let u="",d=[];if(r.indexOf(s.charAt(0))!==-1&&(u=s.charAt(0),s=s.substr(1)),s.split(/,/g).forEach(function(h){var y=/([^:\*]*)(?::(\d+)|(\*))?/.exec(h);d.push(pi(t,u,y[1],y[2]||y[3]))}),u&&u!=="+"){var a=",";return u==="?"?a="&":u!=="#"&&(a=u),(d.length!==0?u:"")+d.join(a)}else return d.join(",")}else return kn(i)}),e==="/"?e:e.replace(/\/$/,"")}function Sn(e){let t=e.method.toUpperCase(),r=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}"),n=Object.assign({},e.headers),s,i=Tn(e,["method","baseUrl","url","headers","request","mediaType"]),a=di(r);r=mi(r).expand(i),/^http/.test(r)||(r=e.baseUrl+r);let u=Object.keys(e).filter(y=>a.includes(y)).concat("baseUrl"),d=Tn(i,u);if(!/application\/octet-stream/i.test(n.accept)&&(e.mediaType.format&&(n.accept=n.accept.split(/,/).map(y=>y.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")),r.endsWith("/graphql")&&e.mediaType.previews?.length)){let y=n.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];n.accept=y.concat(e.mediaType.previews).map(w=>{let k=e.mediaType.format?`.${e.mediaType.format}`:"+json";return`application/vnd.github.${w}-preview${k}`}).join(",")}return["GET","HEAD"].includes(t)?r=ui(r,d):"data"in d?s=d.data:Object.keys(d).length&&(s=d),!n["content-type"]&&typeof s<"u"&&(n["content-type"]="application/json; charset=utf-8"),["PATCH","PUT"].includes(t)&&typeof s>"u"&&(s=""),Object.assign({method:t,url:r,headers:n},typeof s<"u"?{body:s}:null,e.request?{request:e.request}:null)}function hi(e,t,r){return Sn(Et(e,t,r))}function In(e,t){let r=Et(e,t),n=hi.bind(null,r);return Object.assign(n,{DEFAULTS:r,defaults:In.bind(null,r),merge:Et.bind(null,r),parse:Sn})}var $n=In(null,oi);var Wn=gr(Gn(),1);var Ii=/^-?\d+$/,We=/^-?\d+n+$/,te=JSON.stringify,St=JSON.parse,Dn=/^-?\d+n$/,Pn=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g,Nn=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g,It=e=>e===void 0||typeof e=="function"||typeof e=="symbol",$t=e=>e!==null&&typeof e=="object"&&e.constructor&&e.constructor.name==="RawJSON",$i=(e,t,r)=>{let n="";typeof r=="number"?n=" ".repeat(Math.min(10,Math.max(0,Math.floor(r)))):typeof r=="string"&&(n=r.slice(0,10));let s=typeof t=="function",i=Array.isArray(t)?new Set(t.map(String)):null,a=(v,x,T)=>(T!==null&&typeof T=="object"&&typeof T.toJSON=="function"&&(T=T.toJSON(x)),typeof T=="string"&&We.test(T)?T+"n":typeof T=="bigint"?"rawJSON"in JSON?JSON.rawJSON(T.toString()):T.toString()+"n":(s&&(T=t.call(v,x,T)),T!==null&&typeof T=="object"&&(T instanceof Number||T instanceof String||T instanceof Boolean)&&(T=T.valueOf()),T)),u=a({"":e},"",e);if(It(u))return;let d=u===null||typeof u!="object",h=$t(u);if(d||h)return te(u);let y=[],w=0,k=[{parent:{"":u},key:"",val:u,isArray:Array.isArray(u),keys:Array.isArray(u)?null:Object.keys(u),index:0,first:!0}],I=new WeakSet([u]);for(;k.length>0;){let v=k[k.length-1];v.index===0&&(y.push(v.isArray?"[":"{"),w++);let x=!1;if(v.isArray)if(v.index<v.val.length){v.first||y.push(","),n&&y.push(`
`+n.repeat(w));let T=v.val[v.index],$=a(v.val,String(v.index),T);if(It($))y.push("null"),v.first=!1,v.index++;else{let W=$!==null&&typeof $=="object",H=$t($);if(W&&!H){if(I.has($))throw new TypeError("Converting circular structure to JSON");I.add($),k.push({parent:v.val,key:String(v.index),val:$,isArray:Array.isArray($),keys:Array.isArray($)?null:Object.keys($),index:0,first:!0}),v.first=!1,v.index++}else y.push(te($)),v.first=!1,v.index++}}else x=!0;else{for(;v.index<v.keys.length;){let $=v.keys[v.index++];if(i&&!i.has($))continue;let H=v.val[$],P=a(v.val,$,H);if(It(P))continue;v.first||y.push(","),n?y.push(`
`+n.repeat(w)+te($)+": "):y.push(te($)+":");let Y=P!==null&&typeof P=="object",Q=$t(P);if(Y&&!Q){if(I.has(P))throw new TypeError("Converting circular structure to JSON");I.add(P),k.push({parent:v.val,key:$,val:P,isArray:Array.isArray(P),keys:Array.isArray(P)?null:Object.keys(P),index:0,first:!0}),v.first=!1;break}else y.push(te(P)),v.first=!1}v.index>=v.keys.length&&k[k.length-1]===v&&(x=!0)}x&&(w--,!v.first&&n&&y.push(`
`+n.repeat(w)),y.push(v.isArray?"]":"}"),I.delete(v.val),k.pop())}return y.join("")},Un=(e,t,r)=>{try{return"rawJSON"in JSON?te(e,(u,d)=>typeof d=="bigint"?JSON.rawJSON(d.toString()):typeof t=="function"?t(u,d):(Array.isArray(t)&&t.includes(u),d),r):e?te(e,(u,d)=>typeof d=="string"&&We.test(d)||typeof d=="bigint"?d.toString()+"n":typeof t=="function"?t(u,d):(Array.isArray(t)&&t.includes(u),d),r).replace(Pn,"$1$2$3").replace(Nn,"$1$2$3"):te(e,t,r)}catch(n){if(n instanceof RangeError){let s=$i(e,t,r);return s===void 0?void 0:"rawJSON"in JSON?s:s.replace(Pn,"$1$2$3").replace(Nn,"$1$2$3")}throw n}},Be=new Map,Ri=()=>{let e=JSON.parse.toString();if(Be.has(e))return Be.get(e);try{let t=JSON.parse("1",(r,n,s)=>!!s?.source&&s.source==="1");return Be.set(e,t),t}catch{return Be.set(e,!1),!1}},Oi=(e,t,r,n)=>typeof t=="string"&&Dn.test(t)?BigInt(t.slice(0,-1)):typeof t=="string"&&We.test(t)?t.slice(0,-1):typeof n=="function"?n(e,t,r):t,Ai=(e,t)=>JSON.parse(e,(r,n,s)=>{let i=typeof n=="number",a=n>Number.MAX_SAFE_INTEGER||n<Number.MIN_SAFE_INTEGER,u=i&&a,d=s&&Ii.test(s.source);return u&&d?BigInt(s.source):typeof t=="function"?t(r,n,s):n}),Fn=Number.MAX_SAFE_INTEGER.toString(),zn=Fn.length,Ci=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g,ji=/^"-?\d+n+"$/,xi=(e,t)=>{let r={"":e},n=[{parent:r,key:"",visited:!1}];for(;n.length>0;){let s=n[n.length-1];if(s.visited){let{parent:i,key:a}=s,u=i[a];typeof u=="string"&&(Dn.test(u)?u=BigInt(u.slice(0,-1)):We.test(u)&&(u=u.slice(0,-1))),typeof t=="function"&&(u=t.call(i,a,u)),u===void 0?delete i[a]:i[a]=u,n.pop()}else{s.visited=!0;let i=s.parent[s.key];if(i!==null&&typeof i=="object"){let u=Object.keys(i);for(let d=u.length-1;d>=0;d--)n.push({parent:i,key:u[d],visited:!1})}}}return r[""]},Ln=e=>e.replace(Ci,(t,r,n,s)=>{let i=t[0]==='"';if(i&&ji.test(t))return t.substring(0,t.length-1)+'n"';let u=n||s,d=r&&(r.length<zn||r.length===zn&&r<=Fn);return i||u||d?t:'"'+t+'n"'}),Mn=(e,t)=>{if(!e)return St(e,t);try{if(Ri())return Ai(e,t);let r=Ln(e);return St(r,(n,s,i)=>Oi(n,s,i,t))}catch(r){if(r instanceof RangeError){let n=Ln(e),s=St(n);return xi(s,t)}throw r}};var J=class extends Error{name;status;request;response;constructor(t,r,n){super(t,{cause:n.cause}),this.name="HttpError",this.status=Number.parseInt(r),Number.isNaN(this.status)&&(this.status=0);"response"in n&&(this.response=n.response);let s=Object.assign({},n.request);n.request.headers.authorization&&(s.headers=Object.assign({},n.request.headers,{authorization:n.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})),s.url=s.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]"),this.request=s}};var Gi="10.0.16",Pi={headers:{"user-agent":`octokit-request.js/${Gi} ${ee()}`}};function Ni(e){if(typeof e!="object"||e===null||Object.prototype.toString.call(e)!=="[object Object]")return!1;let t=Object.getPrototypeOf(e);if(t===null)return!0;let r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r=="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}var qn=()=>"";async function Bn(e){let t=e.request?.fetch||globalThis.fetch;if(!t)throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");let r=e.request?.log||console,n=e.request?.parseSuccessResponseBody!==!1,s=Ni(e.body)||Array.isArray(e.body)?Un(e.body):e.body,i=Object.fromEntries(Object.entries(e.headers).map(([w,k])=>[w,String(k)])),a;try{a=await t(e.url,{method:e.method,body:s,redirect:e.request?.redirect,headers:i,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(w){let k="Unknown Error";if(w instanceof Error){if(w.name==="AbortError")throw w.status=500,w;k=w.message,w.name==="TypeError"&&"cause"in w&&(w.cause instanceof Error?k=w.cause.message:typeof w.cause=="string"&&(k=w.cause))}let I=new J(k,500,{request:e});throw I.cause=w,I}let u=a.status,d=a.url,h={};for(let[w,k]of a.headers)h[w]=k;let y={url:d,status:u,headers:h,data:""};if("deprecation"in h){let w=h.link&&h.link.match(/<([^<>]+)>; rel="deprecation"/),k=w&&w.pop();r.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${h.sunset}${k?`. See ${k}`:""}`)}if(u===204||u===205)return y;if(e.method==="HEAD"){if(u<400)return y;throw new J(a.statusText,u,{response:y,request:e})}if(u===304)throw y.data=await Rt(a),new J("Not modified",u,{response:y,request:e});if(u>=400)throw y.data=await Rt(a),new J(Li(y.data),u,{response:y,request:e});return y.data=n?await Rt(a):a.body,y}async function Rt(e){let t=e.headers.get("content-type");if(!t)return e.text().catch(qn);let r=(0,Wn.parse)(t);if(zi(r)){let n="";try{return n=await e.text(),Mn(n)}catch{return n}}else return r.type.startsWith("text/")||r.parameters.charset?.toLowerCase()==="utf-8"&&r.type!=="application/octet-stream"?e.text().catch(qn):e.arrayBuffer().catch(()=>new ArrayBuffer(0))}function zi(e){return e.type==="application/json"||e.type==="application/scim+json"}function Li(e){if(typeof e=="string")return e;if(e instanceof ArrayBuffer)return"Unknown error";if(typeof e=="object"&&e!==null&&"message"in e){let t=e,r="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(n=>JSON.stringify(n)).join(", ")}${r}`:`${t.message}${r}`}return`Unknown error: ${JSON.stringify(e)}`}function Ot(e,t){let r=e.defaults(t);return Object.assign(function(s,i){let a=r.merge(s,i);if(!a.request||!a.request.hook)return Bn(r.parse(a));let u=(d,h)=>Bn(r.parse(r.merge(d,h)));return Object.assign(u,{endpoint:r,defaults:Ot.bind(null,r)}),a.request.hook(u,a)},{endpoint:r,defaults:Ot.bind(null,r)})}var Ie=Ot($n,Pi);var Di="0.0.0-development";function Ui(e){return`Request failed due to following response errors:
`+e.errors.map(t=>` - ${t.message}`).join(`
`)}var Fi=class extends Error{constructor(e,t,r){super(Ui(r)),this.request=e,this.headers=t,this.response=r,this.errors=r.errors,this.data=r.data,Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}request;headers;response;name="GraphqlResponseError";errors;data},Mi=["method","baseUrl","url","headers","request","query","mediaType","operationName"],qi=["query","method","url"],Vn=/\/api\/v3\/?$/;function Bi(e,t,r){if(r){if(typeof t=="string"&&"query"in r)return Promise.reject(new Error('[@octokit/graphql] "query" cannot be used as variable name'));for(let a in r)if(qi.includes(a))return Promise.reject(new Error(`[@octokit/graphql] "${a}" cannot be used as variable name`))}let n=typeof t=="string"?Object.assign({query:t},r):t,s=Object.keys(n).reduce((a,u)=>Mi.includes(u)?(a[u]=n[u],a):(a.variables||(a.variables={}),a.variables[u]=n[u],a),{}),i=n.baseUrl||e.endpoint.DEFAULTS.baseUrl;return Vn.test(i)&&(s.url=i.replace(Vn,"/api/graphql")),e(s).then(a=>{if(a.data.errors){let u={};for(let d of Object.keys(a.headers))u[d]=a.headers[d];throw new Fi(s,u,a.data)}return a.data.data})}function At(e,t){let r=e.defaults(t);return Object.assign((s,i)=>Bi(r,s,i),{defaults:At.bind(null,r),endpoint:r.endpoint})}var qc=At(Ie,{headers:{"user-agent":`octokit-graphql.js/${Di} ${ee()}`},method:"POST",url:"/graphql"});function Hn(e){return At(e,{method:"POST",url:"/graphql"})}var Ct="(?:[a-zA-Z0-9_-]+)",Qn="\\.",Jn=new RegExp(`^${Ct}${Qn}${Ct}${Qn}${Ct}$`),Wi=Jn.test.bind(Jn);async function Vi(e){let t=Wi(e),r=e.startsWith("v1.")||e.startsWith("ghs_"),n=e.startsWith("ghu_");return{type:"token",token:e,tokenType:t?"app":r?"installation":n?"user-to-server":"oauth"}}function Hi(e){return e.split(/\./).length===3?`bearer ${e}`:`token ${e}`}async function Qi(e,t,r,n){let s=t.endpoint.merge(r,n);return s.headers.authorization=Hi(e),t(s)}var Kn=function(t){if(!t)throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");if(typeof t!="string")throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");return t=t.replace(/^(token|bearer) +/i,""),Object.assign(Vi.bind(null,t),{hook:Qi.bind(null,t)})};var jt="7.0.8";var Xn=()=>{},Ji=console.warn.bind(console),Ki=console.error.bind(console);function Xi(e={}){return typeof e.debug!="function"&&(e.debug=Xn),typeof e.info!="function"&&(e.info=Xn),typeof e.warn!="function"&&(e.warn=Ji),typeof e.error!="function"&&(e.error=Ki),e}var Yn=`octokit-core.js/${jt} ${ee()}`,Ve=class{static VERSION=jt;static defaults(t){return class extends this{constructor(...n){let s=n[0]||{};if(typeof t=="function"){super(t(s));return}super(Object.assign({},t,s,s.userAgent&&t.userAgent?{userAgent:`${s.userAgent} ${t.userAgent}`}:null))}}}static plugins=[];static plugin(...t){let r=this.plugins;return class extends this{static plugins=r.concat(t.filter(s=>!r.includes(s)))}}constructor(t={}){let r=new _n.Collection,n={baseUrl:Ie.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},t.request,{hook:r.bind(null,"request")}),mediaType:{previews:[],format:""}};if(n.headers["user-agent"]=t.userAgent?`${t.userAgent} ${Yn}`:Yn,t.baseUrl&&(n.baseUrl=t.baseUrl),t.previews&&(n.mediaType.previews=t.previews),t.timeZone&&(n.headers["time-zone"]=t.timeZone),this.request=Ie.defaults(n),this.graphql=Hn(this.request).defaults(n),this.log=Xi(t.log),this.hook=r,t.authStrategy){let{authStrategy:i,...a}=t,u=i(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:a},t.auth));r.wrap("request",u.hook),this.auth=u}else if(!t.auth)this.auth=async()=>({type:"unauthenticated"});else{let i=Kn(t.auth);r.wrap("request",i.hook),this.auth=i}let s=this.constructor;for(let i=0;i<s.plugins.length;++i)Object.assign(this,s.plugins[i](this,t))}request;graphql;log;hook;auth};var Yi="0.0.0-development";function Zi(e){if(!e.data)return{...e,data:[]};if(!(("total_count"in e.data||"total_commits"in e.data)&&!("url"in e.data)))return e;let r=e.data.incomplete_results,n=e.data.repository_selection,s=e.data.total_count,i=e.data.total_commits;delete e.data.incomplete_results,delete e.data.repository_selection,delete e.data.total_count,delete e.data.total_commits;let a=Object.keys(e.data)[0],u=e.data[a];return e.data=u,typeof r<"u"&&(e.data.incomplete_results=r),typeof n<"u"&&(e.data.repository_selection=n),e.data.total_count=s,e.data.total_commits=i,e}function xt(e,t,r){let n=typeof t=="function"?t.endpoint(r):e.request.endpoint(t,r),s=typeof t=="function"?t:e.request,i=n.method,a=n.headers,u=n.url;return{[Symbol.asyncIterator]:()=>({async next(){if(!u)return{done:!0};try{let d=await s({method:i,url:u,headers:a}),h=Zi(d);if(u=((h.headers.link||"").match(/<([^<>]+)>;\s*rel="next"/)||[])[1],!u&&"total_commits"in h.data){let y=new URL(h.url),w=y.searchParams,k=parseInt(w.get("page")||"1",10),I=parseInt(w.get("per_page")||"250",10);k*I<h.data.total_commits&&(w.set("page",String(k+1)),u=y.toString())}return{value:h}}catch(d){if(d.status!==409)throw d;return u="",{value:{status:200,headers:{},data:[]}}}}})}}function Zn(e,t,r,n){return typeof r=="function"&&(n=r,r=void 0),es(e,[],xt(e,t,r)[Symbol.asyncIterator](),n)}function es(e,t,r,n){return r.next().then(s=>{if(s.done)return t;let i=!1;function a(){i=!0}return t=t.concat(n?n(s.value,a):s.value.data),i?t:es(e,t,r,n)})}var nl=Object.assign(Zn,{iterator:xt});function Gt(e){return{paginate:Object.assign(Zn.bind(null,e),{iterator:xt.bind(null,e)})}}Gt.VERSION=Yi;var ns=gr(ts(),1);var ea="0.0.0-development";function ta(e){return e.request!==void 0}async function rs(e,t,r,n){if(!ta(r)||!r?.request.request)throw r;if(r.status>=400&&!e.doNotRetry.includes(r.status)){let s=n.request.retries!=null?n.request.retries:e.retries,i=Math.pow((n.request.retryCount||0)+1,2);throw t.retry.retryRequest(r,s,i)}throw r}async function ra(e,t,r,n){let s=new ns.default;return s.on("failed",function(i,a){let u=~~i.request.request?.retries,d=~~i.request.request?.retryAfter;if(n.request.retryCount=a.retryCount+1,u>a.retryCount)return d*e.retryAfterBaseValue}),s.schedule(na.bind(null,e,t,r),n)}async function na(e,t,r,n){let s=await r(n);if(s.data&&s.data.errors&&s.data.errors.length>0&&/Something went wrong while executing your query/.test(s.data.errors[0].message)){let i=new J(s.data.errors[0].message,500,{request:n,response:s});return rs(e,t,i,n)}return s}function zt(e,t){let r=Object.assign({enabled:!0,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry),n={retry:{retryRequest:(s,i,a)=>(s.request.request=Object.assign({},s.request.request,{retries:i,retryAfter:a}),s)}};return r.enabled&&(e.hook.error("request",rs.bind(null,r,n)),e.hook.wrap("request",ra.bind(null,r,n))),n}zt.VERSION=ea;var sa=Ve.plugin(Gt,zt),oa=2,ia="https://api.github.com";function aa(e){let t;return async(r,n)=>(t??=import("./chunks/proxy-fetch-R6ND3VQY.js").then(s=>s.proxyFetch(e)),(await t)(r,n))}function ua(e){let t=e.ACTIONS_ORCHESTRATION_ID?.trim();return t?`alignment-check actions_orchestration_id/${t.replace(/[^a-z0-9_.-]/giu,"_")}`:"alignment-check"}function ss(e){let t=e.env??process.env,r=e.baseUrl??ia,n=["https_proxy","HTTPS_PROXY","http_proxy","HTTP_PROXY"].some(i=>(t[i]??"")!==""),s=new sa({auth:`token ${e.token}`,baseUrl:r,userAgent:ua(t),...n?{request:{fetch:aa(r)}}:{},retry:{doNotRetry:[400,401,403,404,410,422,429,451],retries:oa}});return Ar(s,{log:e.log}),tn(s),s}var $e=100,Lt=`
  fragment AlignmentComment on IssueComment {
    id
    databaseId
    body
    author {
      login
    }
    isMinimized
  }
`,os=`
        id
        number
        title
        body
        author {
          login
          __typename
        }
        labels(first: 100) {
          nodes {
            name
          }
        }
        firstComments: comments(first: ${$e}) {
          totalCount
          nodes {
            ...AlignmentComment
          }
        }
        lastComments: comments(last: ${$e}) {
          nodes {
            ...AlignmentComment
          }
        }
`,ca=`
  query AlignmentCheck($owner: String!, $name: String!, $number: Int!, $isPr: Boolean!, $config: String!) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) @include(if: $isPr) {
        ${os}
        isDraft
        headRefOid
        baseRefName
      }
      issue(number: $number) @skip(if: $isPr) {
        ${os}
      }
      config: object(expression: $config) {
        __typename
        ... on Blob {
          text
          isBinary
          isTruncated
          byteSize
        }
      }
    }
  }
  ${Lt}
`,He=g({id:m(),databaseId:S().int().nullable(),body:m(),author:g({login:m()}).nullable(),isMinimized:L()}),is=g({nodes:O(He.nullable()).nullable()}),as=g({id:m(),number:S().int(),title:m(),body:m().nullable(),author:g({login:m(),__typename:m()}).nullable(),labels:g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),firstComments:is.extend({totalCount:S().int()}),lastComments:is,isDraft:L().optional(),headRefOid:m().optional(),baseRefName:m().optional()}),la=g({viewer:g({login:m()}),repository:g({pullRequest:as.nullable().optional(),issue:as.nullable().optional(),config:g({__typename:m(),text:m().nullable().optional(),isBinary:L().nullable().optional(),isTruncated:L().optional(),byteSize:S().int().optional()}).nullable()}).nullable()});function be(e){return(e??[]).flatMap(t=>t&&t.databaseId!==null?[{id:t.databaseId,nodeId:t.id,body:t.body,author:t.author?.login??"ghost",minimized:t.isMinimized}]:[])}function Dt(e,t){let r=new Set(e.map(n=>n.id));return[...e,...t.filter(n=>!r.has(n.id))]}function da(e,t){return e==null?{found:!1}:e.__typename!=="Blob"?{found:!0,text:void 0,problem:`${t} is a ${e.__typename==="Tree"?"directory":e.__typename}, expected a file`}:e.isBinary===!0?{found:!0,text:void 0,problem:`${t} is not a text file`}:e.isTruncated===!0||e.text===null||e.text===void 0?{found:!0,text:void 0,problem:void 0}:{found:!0,text:e.text,problem:void 0}}async function us(e,t,r){let n=`GraphQL query AlignmentCheck (${t.kind==="pr"?"pull request":"issue"} ${t.owner}/${t.repo}#${t.number})`,s=`${r.ref??"HEAD"}:${r.path.replace(/^\.?\/+/u,"")}`,{data:i}=await j(e,n,ca,{owner:t.owner,name:t.repo,number:t.number,isPr:t.kind==="pr",config:s},la),a=t.kind==="pr"?i.repository?.pullRequest:i.repository?.issue;if(i.repository===null)throw new A(n,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);if(!a)throw new A(n,404,"not found, or the token cannot see it");let u=be(a.firstComments.nodes),d=Dt(u,be(a.lastComments.nodes));return{viewer:i.viewer.login,subject:{kind:t.kind,nodeId:a.id,number:a.number,title:a.title,body:a.body??"",labels:(a.labels?.nodes??[]).flatMap(h=>h?[h.name]:[]),author:{login:a.author?.login??"ghost",isBot:a.author?.__typename==="Bot"},draft:a.isDraft===!0,headSha:a.headRefOid,baseRef:a.baseRefName},comments:d,allComments:a.firstComments.totalCount<=d.length,config:da(i.repository.config,r.path)}}var pa=g({id:S().int(),node_id:m(),body:m().nullable().optional(),user:g({login:m()}).nullable()});async function ds(e,t){let r=`GET /repos/${t.owner}/${t.repo}/issues/${t.number}/comments`,n=await B(r,()=>e.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t.owner,repo:t.repo,issue_number:t.number,per_page:100}));return F(r,O(pa),n).map(s=>({id:s.id,nodeId:s.node_id,body:s.body??"",author:s.user?.login??""}))}var ma=g({id:S().int()});async function ps(e,t,r,n){let s=`PATCH /repos/${t.owner}/${t.repo}/issues/comments/${r}`,i=await B(s,()=>e.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:t.owner,repo:t.repo,comment_id:r,body:n}));F(s,ma,i.data)}var cs=`
          firstComments: comments(first: ${$e}) {
            nodes {
              ...AlignmentComment
            }
          }
          lastComments: comments(last: ${$e}) {
            nodes {
              ...AlignmentComment
            }
          }
`,fa=`
  mutation AlignmentAddComment($subjectId: ID!, $body: String!) {
    addComment(input: { subjectId: $subjectId, body: $body }) {
      commentEdge {
        node {
          ...AlignmentComment
        }
      }
      subject {
        __typename
        ... on Issue {
          ${cs}
        }
        ... on PullRequest {
          ${cs}
        }
      }
    }
  }
  ${Lt}
`,ls=g({nodes:O(He.nullable()).nullable()}),ha=g({addComment:g({commentEdge:g({node:He}),subject:g({__typename:m(),firstComments:ls.optional(),lastComments:ls.optional()})})});async function ms(e,t,r,n){let s=`GraphQL mutation AlignmentAddComment (${t.kind==="pr"?"pull request":"issue"} ${t.owner}/${t.repo}#${t.number})`,i=(await j(e,s,fa,{subjectId:r,body:n},ha)).data.addComment,[a]=be([i.commentEdge.node]);if(a===void 0)return{created:{id:0,body:n,author:""},thread:[]};let u=Dt(be(i.subject.firstComments?.nodes??null),be(i.subject.lastComments?.nodes??null));return{created:a,thread:u}}var ga=`
  mutation AlignmentDeleteComment($id: ID!) {
    deleteIssueComment(input: { id: $id }) {
      clientMutationId
    }
  }
`,ya=g({deleteIssueComment:g({clientMutationId:m().nullable()})});async function fs(e,t,r){let n=`GraphQL mutation AlignmentDeleteComment (comment ${r.id} in ${t.owner}/${t.repo})`;r.nodeId!==void 0&&await j(e,n,ga,{id:r.nodeId},ya)}var ba=`
  mutation AlignmentMinimizeComment($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
      minimizedComment {
        isMinimized
      }
    }
  }
`,wa=`
  mutation AlignmentUnminimizeComment($id: ID!) {
    unminimizeComment(input: { subjectId: $id }) {
      unminimizedComment {
        isMinimized
      }
    }
  }
`,hs=g({isMinimized:L()}).nullable(),_a=g({minimizeComment:g({minimizedComment:hs})}),Ea=g({unminimizeComment:g({unminimizedComment:hs})});async function gs(e,t,r,n){let i=`GraphQL mutation ${n?"AlignmentMinimizeComment":"AlignmentUnminimizeComment"} (comment ${r.id} in ${t.owner}/${t.repo})`;r.nodeId!==void 0&&(n?await j(e,i,ba,{id:r.nodeId},_a):await j(e,i,wa,{id:r.nodeId},Ea))}var Ta=g({type:m(),content:m().optional()});async function ys(e,t,r,n){let s=`GET /repos/${t.owner}/${t.repo}/contents/${r}${n?`?ref=${n}`:""}`;try{let a=(await B(s,()=>e.request("GET /repos/{owner}/{repo}/contents/{path}",{owner:t.owner,repo:t.repo,path:r,...n?{ref:n}:{}}))).data;if(Array.isArray(a))throw new A(s,void 0,`${r} is a directory, expected a file`);let u=F(s,Ta,a);if(u.type!=="file")throw new A(s,void 0,`${r} is a ${u.type}, expected a file`);if(u.content===void 0)throw new A(s,void 0,`${r} has no content in the answer (larger than 1 MB?)`);return new Uint8Array(Buffer.from(u.content,"base64"))}catch(i){if(i instanceof A&&i.isNotFound)return;throw i}}var va=g({pull_request:g({}).nullable().optional(),labels:O(Ce([m(),g({name:m().optional()})]))});async function bs(e,t,r){let n=`GET /repos/${t.owner}/${t.repo}/issues/${r}`;try{let s=await B(n,()=>e.request("GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t.owner,repo:t.repo,issue_number:r})),i=F(n,va,s.data);return{exists:!0,isPullRequest:i.pull_request!==void 0&&i.pull_request!==null,labels:i.labels.map(a=>typeof a=="string"?a:a.name??"").filter(Boolean)}}catch(s){if(s instanceof A&&(s.isNotFound||s.status===410))return{exists:!1,isPullRequest:!1,labels:[]};throw s}}var Ut=`
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
`,ws="id title startDate duration",Es=`
  projectOwner: repositoryOwner(login: $projectOwner) @include(if: $withProject) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $projectNumber) {
        title
        field(name: $iterationField) {
          __typename
          ... on ProjectV2IterationField {
            configuration {
              iterations { ${ws} }
              completedIterations { ${ws} }
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
`,ka=`
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
  ${Ut}
  ${ie}
  ${ae}
`,Sa=je("__typename",[ve.extend({__typename:ne("PullRequest")}),fe.extend({__typename:ne("Issue")}),g({__typename:ne("DraftIssue")})]),Ia=g({type:m(),isArchived:L(),iteration:g({__typename:m(),iterationId:m().optional()}).nullable(),points:g({__typename:m(),number:S().nullable().optional()}).nullable().optional(),content:Sa.nullable()}),$a=M(Ia),_s=g({id:m(),title:m(),startDate:m(),duration:S().int()});function Ra(e){return g({title:z(m(),e),field:z(g({__typename:m(),configuration:g({iterations:O(_s),completedIterations:O(_s)}).optional()}).nullable(),e),items:$a})}function Ft(e,t){return z(g({__typename:m(),projectV2:Ra(t).nullable().optional()}).nullable(),e)}function Mt(e,t=null){return{withProject:e!==void 0,projectOwner:e?.owner??"",projectNumber:e?.number??0,projectCursor:t,iterationField:e?.field??"",pointsField:e?.points??"",withPoints:e?.points!==void 0}}function Ts(e){let t=[],r=0,n=0;for(let s of e.nodes??[]){if(s===null){n+=1;continue}let i=s.iteration?.__typename==="ProjectV2ItemFieldIterationValue"?s.iteration.iterationId:void 0,a=s.points?.__typename==="ProjectV2ItemFieldNumberValue"?s.points.number??void 0:void 0,u={...i===void 0?{}:{iteration:i},...a==null?{}:{points:a}},d=s.content;if(s.type==="REDACTED"||d===null){s.type==="DRAFT_ISSUE"?r+=1:t.push({kind:"redacted",repo:"",...i===void 0?{}:{iteration:i}});continue}d.__typename==="PullRequest"?t.push({...ke(d),...u}):d.__typename==="Issue"?t.push({...he(d),...u}):r+=1}return{items:t,drafts:r,unreadable:n,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}function Oa(e,t){return new A(`GraphQL read of project ${e.owner}/${e.number}`,403,`${t} \u2014 reading a Projects (v2) project needs a token with project read access: a personal access token (classic: read:project; fine-grained: Projects read-only on the organisation) or a GitHub App installation token with Projects read permission, passed as the github-token input (or GITHUB_TOKEN for the CLI). The workflow's own GITHUB_TOKEN cannot read projects.`)}var vs=e=>e.path[0]==="projectOwner",Aa=e=>e.path[0]==="projectOwner"&&e.path[2]==="items"&&e.path[3]==="nodes"&&e.path.length>=5;function qt(e,t,r){let n=r.find(i=>vs(i)&&!Aa(i));if(t.projectOwner===null&&n===void 0)throw new A(`GraphQL read of project ${e.owner}/${e.number}`,404,`no user or organisation named "${e.owner}" (sprints.iteration.owner)`);let s=t.projectOwner?.projectV2;if(n!==void 0||s===null||s===void 0){let i=n?.message??`project ${e.number} of ${e.owner} was not found, or this token cannot see it`;throw Oa(e,i)}return s}function ks(e,t){let r=t.field;if(r==null||r.__typename!=="ProjectV2IterationField"||r.configuration===void 0)throw new A(`GraphQL read of project ${e.owner}/${e.number}`,void 0,r==null?`the project has no field named "${e.field}" (sprints.iteration.field)`:`the field "${e.field}" is a ${r.__typename.replace(/^ProjectV2/,"")}, not an iteration field (sprints.iteration.field)`);let n=[...r.configuration.iterations,...r.configuration.completedIterations].map(s=>({id:s.id,title:s.title,startDate:s.startDate,duration:s.duration}));return{title:t.title??"",iterations:n,...Ts(t.items)}}async function Ss(e,t,r){let n=`GraphQL query AlignmentSprintProjectItems (project ${t.owner}/${t.number})`,s=Mt(t,r);delete s.withProject;let{data:i,errors:a}=await j(e,n,ka,s,g({projectOwner:Ft(!0,!1)}),vs),u=qt(t,i,a);return Ts(u.items)}var Ca=100,ja=10,Qe=`
  fragment SprintTrackingIssue on Issue {
    id
    number
    title
    state
    comments(last: ${Ca}) {
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
`,Je=`
    trackingIssue: issue(number: $trackingNumber) @include(if: $trackingByNumber) {
      ...SprintTrackingIssue
    }
    trackingIssues: issues(
      labels: [$trackingLabel]
      states: [OPEN]
      first: ${ja}
      orderBy: { field: CREATED_AT, direction: ASC }
    ) @include(if: $trackingByLabel) {
      nodes {
        ...SprintTrackingIssue
      }
    }
`,re=g({id:m(),number:S().int(),title:m(),state:m(),comments:g({pageInfo:g({hasPreviousPage:L()}),nodes:O(g({id:m(),fullDatabaseId:Ce([m(),S()]).nullable(),body:m(),author:g({login:m()}).nullable()}).nullable()).nullable()})});function Ke(e){let t=[];for(let r of e.comments.nodes??[]){if(r===null||r.fullDatabaseId===null)continue;let n=Number(r.fullDatabaseId);Number.isSafeInteger(n)&&t.push({id:n,nodeId:r.id,body:r.body,author:r.author?.login??""})}return{nodeId:e.id,number:e.number,title:e.title,open:e.state==="OPEN",comments:t,moreComments:e.comments.pageInfo.hasPreviousPage}}var xa=g({number:S().int(),node_id:m()});async function Is(e,t,r){let n=`POST /repos/${t.owner}/${t.repo}/issues`,s=await B(n,()=>e.request("POST /repos/{owner}/{repo}/issues",{owner:t.owner,repo:t.repo,title:r.title,body:r.body,labels:[...r.labels]})),i=F(n,xa,s.data);return{number:i.number,nodeId:i.node_id}}var Ga=`
  query AlignmentSprintContext(
    $owner: String!
    $name: String!
    $withMilestones: Boolean!
    ${gt}
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
      ${ht}
      ${Je}
    }
    ${Es}
  }
  ${pe}
  ${ie}
  ${ae}
  ${Qe}
  ${Ut}
`,$s=e=>e.tracking!==void 0&&"number"in e.tracking,Rs=e=>e.tracking!==void 0&&"label"in e.tracking,Xe=e=>(e.registerLabels?.length??0)>0;function Pa(e){return g({viewer:g({login:m()}),repository:yt({prs:e.items,issues:e.items,register:Xe(e)}).extend({milestones:z(se.nullable(),e.milestones),trackingIssue:z(re.nullable(),$s(e)),trackingIssues:z(g({nodes:O(re.nullable()).nullable()}).nullable(),Rs(e))}).nullable(),projectOwner:Ft(e.project!==void 0,!0)})}function Na(e){return wt(e)||de(e,["repository","trackingIssue"])||e.path[0]==="projectOwner"}async function Os(e,t,r){let n=`GraphQL query AlignmentSprintContext (${t.owner}/${t.repo})`,s=r.tracking,{data:i,errors:a}=await j(e,n,Ga,{owner:t.owner,name:t.repo,withMilestones:r.milestones,withPrs:r.items,prCursor:null,withIssues:r.items,issueCursor:null,withRegister:Xe(r),registerLabels:Xe(r)?[...r.registerLabels??[]]:null,registerCursor:null,trackingByNumber:$s(r),trackingNumber:s!==void 0&&"number"in s?s.number:0,trackingByLabel:Rs(r),trackingLabel:s!==void 0&&"label"in s?s.label:"",...Mt(r.project)},Pa(r),Na),u=i.repository;if(u===null)throw new A(n,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let d=a.find(y=>de(y,["repository","trackingIssue"]));if(d!==void 0&&d.type!=="NOT_FOUND")throw new A(n,void 0,`reading the tracking issue: ${d.message}`);let h;return s!==void 0&&(h=("number"in s?[u.trackingIssue??null]:u.trackingIssues?.nodes??[]).flatMap(w=>w?[Ke(w)]:[])),{viewer:i.viewer.login,milestones:u.milestones?me(u.milestones):void 0,items:r.items||Xe(r)?bt(u):void 0,tracking:h,project:r.project===void 0?void 0:ks(r.project,qt(r.project,i,a))}}var La=/^([\w.-]+)\/([\w.-]+)#(\d{1,9})$/u;function Da(e){let t=La.exec(e);return t?.[1]&&t[2]&&t[3]?{owner:t[1],name:t[2],number:Number(t[3])}:void 0}function Ua(e){let t=new Map;for(let u of e.slice(0,100)){let d=Da(u);if(d===void 0)continue;let h=`${d.owner}/${d.name}`.toLowerCase(),y=t.get(h)??{owner:d.owner,name:d.name,numbers:[]};y.numbers.includes(d.number)||y.numbers.push(d.number),t.set(h,y)}let r=[],n=[],s={},i=0;return[...t.values()].forEach((u,d)=>{r.push(`$o${d}: String!`,`$n${d}: String!`),s[`o${d}`]=u.owner,s[`n${d}`]=u.name;let h=u.numbers.map((y,w)=>(r.push(`$r${d}i${w}: Int!`),s[`r${d}i${w}`]=y,i+=1,`    i${w}: issueOrPullRequest(number: $r${d}i${w}) {
      __typename
      ...SprintIssue
      ...SprintPullRequest
    }`));n.push(`  r${d}: repository(owner: $o${d}, name: $n${d}) {
${h.join(`
`)}
  }`)}),{document:`query AlignmentSprintPartners(${r.join(", ")}) {
${n.join(`
`)}
}
${ie}
${ae}`,variables:s,count:i}}var Fa=ot(m(),ot(m(),je("__typename",[ve.extend({__typename:ne("PullRequest")}),fe.extend({__typename:ne("Issue")})]).nullable()).nullable()),Ma=e=>e.path.length>=1&&/^r\d+$/u.test(String(e.path[0]))&&(e.type===void 0||["NOT_FOUND","FORBIDDEN"].includes(e.type));async function As(e,t){let{document:r,variables:n,count:s}=Ua(t);if(s===0)return[];let i=`GraphQL query AlignmentSprintPartners (${s} PR${s===1?"":"s"} and issues by number)`,{data:a}=await j(e,i,r,n,Fa,Ma),u=[];for(let d of Object.values(a))for(let h of Object.values(d??{}))h!==null&&u.push(h.__typename==="PullRequest"?ke(h):he(h));return u}var qa=25,Bt=`
          __typename
          ... on PullRequest {
            number
            repository {
              nameWithOwner
            }
          }`,xs=`
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
    labels(first: ${oe}) {
      nodes {
        name
      }
    }
    timelineItems(last: ${qa}, itemTypes: [CROSS_REFERENCED_EVENT, CONNECTED_EVENT]) {
      nodes {
        __typename
        ... on CrossReferencedEvent {
          source {${Bt}
          }
        }
        ... on ConnectedEvent {
          source {${Bt}
          }
          subject {${Bt}
          }
        }
      }
    }
  }
`,Gs=g({nameWithOwner:m()}),js=g({__typename:m(),number:S().int().optional(),repository:Gs.optional()}),Ba=g({number:S().int(),title:m(),url:m(),issueState:m(),stateReason:m().nullable(),createdAt:m(),closedAt:m().nullable(),updatedAt:m(),body:m(),repository:Gs,labels:g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),timelineItems:g({nodes:O(g({__typename:m(),source:js.nullable().optional(),subject:js.nullable().optional()}).nullable()).nullable()}).nullable()}),Wa=g({issues:M(Ba).nullable()}).nullable();function Va(e){let t="open";e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":"completed");let r=[];for(let n of e.timelineItems?.nodes??[])for(let s of[n?.source,n?.subject]){if(s?.__typename!=="PullRequest"||s.number===void 0||s.repository===void 0)continue;let i=`${s.repository.nameWithOwner}#${s.number}`;r.includes(i)||r.push(i)}return{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:(e.labels?.nodes??[]).flatMap(n=>n?[n.name]:[]),body:e.body,createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:t,closes:[],workedOnBy:r}}function Ha(e){if(e==null)return{items:[],unreadable:0,cursor:null};let t=[],r=0;for(let n of e.nodes??[])n===null?r+=1:t.push(Va(n));return{items:t,unreadable:r,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}var Qa=/^([\w.-]+)\/([\w.-]+)$/u;function Ps(e){if(e.length>20)throw new Error(`at most ${20} register sources in one call`);let t=[],r=[],n={};return e.forEach(({source:s,cursor:i},a)=>{let u=Qa.exec(s.repo);if(u===null)throw new Error(`not a repository: ${s.repo}`);t.push(`$o${a}: String!`,`$n${a}: String!`,`$l${a}: [String!]`,`$c${a}: String`),n[`o${a}`]=u[1],n[`n${a}`]=u[2],n[`l${a}`]=s.labels===void 0?null:[...s.labels],n[`c${a}`]=i,r.push(`  s${a}: repository(owner: $o${a}, name: $n${a}) {
    issues(states: [OPEN], labels: $l${a}, first: 100, after: $c${a}, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegisterIssue
      }
    }
  }`)}),{params:t,selections:r,variables:n}}var Ns=e=>{let t=String(e.path[0]??"");return/^s\d+$/u.test(t)?e.path.length>=4&&e.path[1]==="issues"&&e.path[2]==="nodes"?!0:t!=="s0"&&e.path.length===1&&(e.type==="NOT_FOUND"||e.type==="FORBIDDEN"):!1};function zs(e,t,r,n){let s=[];for(let i=0;i<t;i+=1){let a=e[`s${i}`],u=r.find(h=>h.path.length===1&&h.path[0]===`s${i}`),d=Ha(a?.issues);s.push(u===void 0?d:{...d,problem:`register repository ${n[i]?.source.repo??""} cannot be read (${u.type??"error"}: ${u.message})`})}return s}function Ls(e){let t={};for(let r=0;r<e;r+=1)t[`s${r}`]=Wa;return t}function Ja(e){let{params:t,selections:r,variables:n}=Ps(e);return{document:`query AlignmentRegisterPages(${t.join(", ")}) {
${r.join(`
`)}
}
${xs}`,variables:n}}async function Ds(e,t){if(t.length===0)return[];let{document:r,variables:n}=Ja(t),s=`GraphQL query AlignmentRegisterPages (open register issues of ${[...new Set(t.map(u=>u.source.repo))].join(", ")})`,{data:i,errors:a}=await j(e,s,r,n,g(Ls(t.length)),Ns);return zs(i,t.length,a,t)}var Ka=g({totalCount:S().int(),nodes:O(g({name:m(),openIssues:g({totalCount:S().int()})}).nullable()).nullable()});function Xa(e){let{params:t,selections:r,variables:n}=Ps(e.sources.map(i=>({source:i,cursor:null})));return{document:`query AlignmentRegisterContext(
  $owner: String!
  $name: String!
  $withMilestones: Boolean!
  $trackingByNumber: Boolean!
  $trackingNumber: Int!
  $trackingByLabel: Boolean!
  $trackingLabel: String!${t.length>0?`
  ${t.join(`
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
    ${Je}
  }
${r.join(`
`)}
}
${r.length>0?xs:""}
${pe}
${Qe}`,variables:n}}async function Us(e,t,r){let n=r.sources.map(T=>({source:T,cursor:null})),{document:s,variables:i}=Xa(r),a=r.tracking,u=a!==void 0&&"number"in a,d=a!==void 0&&"label"in a,h=`GraphQL query AlignmentRegisterContext (${t.owner}/${t.repo})`,y=g({viewer:g({login:m()}),home:g({labels:Ka,milestones:r.milestones?se.nullable():se.nullable().optional(),trackingIssue:u?re.nullable():re.nullable().optional(),trackingIssues:d?g({nodes:O(re.nullable()).nullable()}).nullable():g({nodes:O(re.nullable()).nullable()}).nullable().optional()}).nullable(),...Ls(n.length)}),{data:w,errors:k}=await j(e,h,s,{owner:t.owner,name:t.repo,withMilestones:r.milestones,trackingByNumber:u,trackingNumber:u?a.number:0,trackingByLabel:d,trackingLabel:d?a.label:"",...i},y,T=>Ns(T)||de(T,["home","trackingIssue"])),I=w.home;if(I===null)throw new A(h,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let v=k.find(T=>de(T,["home","trackingIssue"]));if(v!==void 0&&v.type!=="NOT_FOUND")throw new A(h,void 0,`reading the board's issue: ${v.message}`);let x;return a!==void 0&&(x=(u?[I.trackingIssue??null]:I.trackingIssues?.nodes??[]).flatMap($=>$?[Ke($)]:[])),{viewer:w.viewer.login,milestones:I.milestones?me(I.milestones):void 0,tracking:x,labels:(I.labels.nodes??[]).flatMap(T=>T?[{name:T.name,openIssues:T.openIssues.totalCount}]:[]),moreLabels:I.labels.totalCount>(I.labels.nodes?.length??0),pages:zs(w,n.length,k,n)}}var Ya=`
  mutation AlignmentPinIssue($id: ID!) {
    pinIssue(input: { issueId: $id }) {
      issue {
        number
      }
    }
  }
`,Za=g({pinIssue:g({issue:g({number:S().int()}).nullable()}).nullable()});async function Fs(e,t){await j(e,"GraphQL mutation AlignmentPinIssue",Ya,{id:t},Za)}function Ms(e){let t=ss(e);return{readCheckContext:(r,n)=>us(t,r,n),readFile:(r,n,s)=>ys(t,r,n,s),listComments:r=>ds(t,r),addComment:(r,n,s)=>ms(t,r,n,s),deleteComment:(r,n)=>fs(t,r,n),updateComment:(r,n,s)=>ps(t,r,n,s),setCommentMinimized:(r,n,s)=>gs(t,r,n,s),createCheckRun:r=>fn(t,r),readIssue:(r,n)=>bs(t,r,n),readSprintContext:(r,n)=>Os(t,r,n),readWorkItems:(r,n)=>on(t,r,n),readItemsByNumber:r=>As(t,r),readProjectItems:(r,n)=>Ss(t,r,n),readAuditItems:(r,n)=>pn(t,r,n),createIssue:(r,n)=>Is(t,r,n),pinIssue:r=>Fs(t,r),readRegisterContext:(r,n)=>Us(t,r,n),readRegisterPages:r=>Ds(t,r)}}import{readFileSync as eu}from"node:fs";var K=class extends yr{name="ActionInputError"};function tu(e){if(e===void 0||e==="")return{};let t;try{t=eu(e,"utf8")}catch{throw new K(`GITHUB_EVENT_PATH ${e} cannot be read: run alignment-check as a step of a workflow`)}try{let r=JSON.parse(t);return typeof r=="object"&&r!==null?r:{}}catch{throw new K(`GITHUB_EVENT_PATH ${e} is not JSON: run alignment-check as a step of a workflow`)}}function qs(e=process.env){let t=tu(e.GITHUB_EVENT_PATH),[r="",n=""]=(e.GITHUB_REPOSITORY??"").split("/"),s=t.repository,i=typeof s=="object"&&s!==null?s:void 0;return{eventName:e.GITHUB_EVENT_NAME??"",payload:t,repo:r!==""&&n!==""?{owner:r,repo:n}:{owner:String(i?.owner?.login??""),repo:String(i?.name??"")},apiUrl:e.GITHUB_API_URL??"https://api.github.com",serverUrl:e.GITHUB_SERVER_URL??"https://github.com"}}var ru=["opened","edited","reopened","synchronize","ready_for_review","labeled","unlabeled"],nu=["opened","edited","reopened","labeled","unlabeled"],su=["opened","edited","closed","reopened","labeled","unlabeled","deleted","transferred"],Bs=e=>{let t=X(e)?.name;return typeof t=="string"?t:void 0};function ou(e,t,r){if(e!=="issues")return{type:"register",event:e};if(!su.includes(t))return{type:"ignore",reason:`issues.${t} does not change the debt register`};let n=X(r.issue),s=n?.number;if(typeof s!="number")return{type:"ignore",reason:"issues payload has no issue.number"};let i=Array.isArray(n?.labels)?n.labels.flatMap(a=>Bs(a)??[]):[];return{type:"register",event:e,issue:{number:s,action:t,labels:i,label:Bs(r.label)}}}function Ws(e,t={}){let{eventName:r,payload:n}=e,s=typeof n.action=="string"?n.action:"";if(e.registerBoard===!0)return ou(r,s,n);let i=X(n.repository),a=typeof i?.default_branch=="string"?i.default_branch:void 0;if(r==="pull_request"||r==="pull_request_target"){if(!ru.includes(s))return{type:"ignore",reason:`${r}.${s} does not change what is checked`};let u=X(n.pull_request),d=u?.number;if(typeof d!="number")return{type:"ignore",reason:`${r} payload has no pull_request.number`};let h=X(u?.base),y=typeof h?.ref=="string"?h.ref:a,w=X(X(u?.head)?.repo)?.full_name,k=X(h?.repo)?.full_name??i?.full_name,I=w!==k;return{type:"check",ref:{kind:"pr",number:d,owner:e.owner,repo:e.repo},configRef:y,fromFork:I}}if(r==="issues"){if(!nu.includes(s))return{type:"ignore",reason:`issues.${s} does not change what is checked`};let u=X(n.issue)?.number;return typeof u!="number"?{type:"ignore",reason:"issues payload has no issue.number"}:{type:"check",ref:{kind:"issue",number:u,owner:e.owner,repo:e.repo},configRef:a,fromFork:!1}}return r==="milestone"?s==="closed"?{type:"sprint",trigger:"milestone"}:{type:"ignore",reason:`milestone.${s} is not a closed sprint`}:r==="schedule"||r==="workflow_dispatch"?t.audit===void 0?{type:"sprint",trigger:r}:{type:"audit",trigger:r,window:t.audit}:{type:"ignore",reason:`alignment-check does not handle the ${r} event`}}function X(e){return typeof e=="object"&&e!==null?e:void 0}var iu=".github/alignment.yml",Vs=kr({"github-token":m().min(1),"config-path":m().min(1).default(iu),mode:Sr.optional(),comment:Ir.optional(),"check-name":m().min(1).max(100).optional(),"dry-run":at({truthy:["true"],falsy:["false"],case:"insensitive"}).default(!1),sprint:m().optional(),audit:m().optional().transform((e,t)=>{if(e!==void 0)try{return zr(e)}catch(r){if(!(r instanceof Nr))throw r;return t.addIssue({code:"custom",message:r.message}),vr}}),"audit-kind":it(["all","pr","issue"]).default("all"),"audit-trend":it(["month","sprint"]).default("month"),"register-board":at({truthy:["true"],falsy:["false"],case:"insensitive"}).default(!1)}),au=Object.keys(Vs.shape);function Hs(e=t=>Qr(t)){let t={};for(let n of au)t[n]=e(n).trim()||void 0;let r=Vs.safeParse(t);if(!r.success){let n=r.error.issues[0],s=String(n?.path[0]??"");throw new K(`input ${s}: ${uu(s,n,t[s])}`)}return Hr(r.data["github-token"]),r.data}function uu(e,t,r){return e==="github-token"?"expected a token, found an empty value (the default is ${{ github.token }})":t?.code==="invalid_value"?`expected one of ${t.values.join(", ")}, found ${xe(r)}`:e==="dry-run"||e==="register-board"?`expected true or false, found ${xe(r)}`:e==="audit"?t?.message??"invalid":t?.code==="too_big"?`expected at most ${String(t.maximum)} characters, found ${r?.length??0}`:`${t?.message??"invalid"}, found ${xe(r)}`}function Ye(e){for(let t of e)De(`${t.path?`${t.path}: `:""}${t.message}`,{title:"alignment-check config",file:t.file,startLine:t.line,startColumn:t.column})}var Ze=e=>`The alignment-check config is invalid (${e} error${e===1?"":"s"}); see the annotations.`;async function Qs(e,t){switch(e.blocked.length>0&&Te(Ge(e.blocked,{fromFork:t.fromFork,result:"The result is in this job summary and in the annotations."})),e.type){case"config-error":{Ye(e.errors),await q.addRaw(e.markdown).write(),C("conclusion","failure"),U(Ze(e.errors.length));return}case"skipped":{le(`alignment-check skipped ${e.subject.kind==="pr"?"pull request":"issue"} #${e.subject.number}: ${e.reason}.`),await q.addRaw(`### \u23ED\uFE0F alignment-check skipped #${e.subject.number}

Because ${e.reason}.
`).write(),C("conclusion","skipped"),C("failed-rules","");return}case"checked":{let{result:r,markdown:n}=e,s=r.rules.filter(i=>i.status==="fail").map(i=>i.id);if(e.blocked.length>0)for(let i of r.rules){if(i.status!=="fail"&&i.status!=="warn")continue;(i.status==="fail"&&r.conclusion==="failure"?De:Te)(`${i.message}${i.hint?` \u2014 ${i.hint}`:""}`,{title:`alignment-check: ${i.id}`})}await q.addRaw(n).write(),C("conclusion",r.conclusion),C("result",JSON.stringify(r)),C("failed-rules",s.join(",")),r.conclusion==="failure"&&U(`alignment-check: ${s.join(", ")} failed \u2014 the job summary shows the findings and how to fix them.`);return}}}async function Js(e){switch(e.type){case"config-error":{Ye(e.errors),await q.addRaw(e.markdown).write(),C("conclusion","failure"),U(Ze(e.errors.length));return}case"setup-error":C("conclusion","failure"),U(`alignment-check: ${e.message}`);return;case"skipped":le(`alignment-check: no sprint report \u2014 ${e.reason}.`),await q.addRaw(`### \u23ED\uFE0F No sprint report

Because ${e.reason}.
`).write(),C("conclusion","skipped");return;case"reported":{await q.addRaw(e.summary).write();let t=e.reports.at(-1);t!==void 0&&(C("sprint",t.sprint.title),C("ratio",t.ratio===null?"":String(Math.round(t.ratio*1e4)/1e4)),C("debt",String(t.totals.debtWeight)),C("total",String(t.totals.weight))),C("conclusion",e.missingIssue===void 0?"success":"failure"),e.blocked.length>0&&Te(Ge(e.blocked,{fromFork:!1,result:"The sprint report is in this job summary."})),e.missingIssue!==void 0&&U(`alignment-check: ${e.missingIssue}. The report is in the job summary; fix sprints.summary.issue (or set it to auto).`);return}}}async function Ks(e){switch(e.type){case"config-error":{Ye(e.errors),await q.addRaw(e.markdown).write(),C("conclusion","failure"),U(Ze(e.errors.length));return}case"setup-error":C("conclusion","failure"),U(`alignment-check: ${e.message}`);return;case"audited":{let{report:t}=e;await q.addRaw(e.markdown).write(),C("conclusion","success"),C("audit",JSON.stringify(t)),C("passing",t.totals.passingShare===null?"":String(Math.round(t.totals.passingShare*1e4)/1e4));return}}}async function Xs(e){switch(e.type){case"config-error":{Ye(e.errors),await q.addRaw(e.markdown).write(),C("conclusion","failure"),U(Ze(e.errors.length));return}case"skipped":le(`alignment-check: no register board update \u2014 ${e.reason}.`),C("conclusion","skipped");return;case"updated":{await q.addRaw(e.summary).write(),C("register-items",String(e.board.totals.items)),C("register-cost",String(e.board.totals.costPerMonth)),C("conclusion",e.missingIssue===void 0?"success":"failure"),e.blocked.length>0&&Te(Ge(e.blocked,{fromFork:!1,result:"The register board is in this job summary."})),e.missingIssue!==void 0&&U(`alignment-check: ${e.missingIssue}. The board is in the job summary; fix the issue number (or set it to auto).`);return}}}async function Zs(e={}){try{let t=e.context??qs(),r=Hs(),n=Ws({eventName:t.eventName,payload:t.payload,owner:t.repo.owner,repo:t.repo.repo,registerBoard:r["register-board"]},{audit:r.audit});if(n.type==="ignore"){le(`alignment-check: nothing to do \u2014 ${n.reason}.`),C("conclusion","skipped");return}let s=h=>Jr(h),i=(e.createApi??Ms)({token:r["github-token"],baseUrl:t.apiUrl,log:s}),a=e.now??Date.now;if(n.type==="sprint"){let{reportSprints:h}=await import("./chunks/report-sprints-D4Y74SBH.js"),y={api:i,repo:t.repo,configPath:r["config-path"],dryRun:r["dry-run"],serverUrl:t.serverUrl,now:a(),log:s};await Js(await h(y,cu(n.trigger,t.payload,r.sprint)));return}if(n.type==="audit"){let{auditRepository:h}=await import("./chunks/run-audit-CT4G7LPO.js"),y=r["audit-kind"]==="all"?["pr","issue"]:[r["audit-kind"]],w={window:n.window,kinds:y,trend:r["audit-trend"],config:{path:r["config-path"]}};await Ks(await h({api:i,repo:t.repo,now:a(),log:s},w));return}if(n.type==="register"){let{updateRegisterBoard:h}=await import("./chunks/update-board-KUZCRXIE.js"),y={api:i,repo:t.repo,configPath:r["config-path"],dryRun:r["dry-run"],serverUrl:t.serverUrl,now:a(),log:s},w=n.issue===void 0?{trigger:"other",event:n.event}:{trigger:"issue",...n.issue};await Xs(await h(y,w));return}let u=async h=>{if(!h.sprints["in-pr-check"])return[];let{sprintNotes:y}=await import("./chunks/note-NMILEJOF.js");return y({api:i,repo:t.repo,log:s,now:a()},h)},d={configPath:r["config-path"],mode:r.mode,comment:r.comment,checkName:r["check-name"],dryRun:r["dry-run"]};await Qs(await Zr({api:i,inputs:d,serverUrl:t.serverUrl,log:s,notes:u},n.ref,n.configRef),{fromFork:n.fromFork})}catch(t){let{user:r,message:n}=br(t);t instanceof K?U(n):U(r?`alignment-check: ${n}`:`alignment-check hit an unexpected error \u2014 please report it with this log: ${n}`)}}var Ys=e=>typeof e=="object"&&e!==null?e:void 0;function cu(e,t,r){switch(e){case"milestone":{let n=Ys(t.milestone);return{trigger:"milestone",number:typeof n?.number=="number"?n.number:void 0,title:typeof n?.title=="string"?n.title:void 0}}case"schedule":return{trigger:"schedule"};case"workflow_dispatch":{let n=Ys(t.inputs);return{trigger:"workflow_dispatch",sprint:r??(typeof n?.sprint=="string"?n.sprint:void 0)}}}}await Zs();
