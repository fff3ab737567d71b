import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{b as Ge}from"./chunks/chunk-2C346OTD.js";import{b as Or,c as Lr,d as Dr}from"./chunks/chunk-URCTRAQQ.js";import{a as jr,b as A,c as B,d as xr,e as Gr,f as Pr,g as Nr,h as Pe,i as ce,m as zr}from"./chunks/chunk-LNL4IQOX.js";import{b as kr,d as Te,e as Ce,f as ot,g as Ar,i as Cr}from"./chunks/chunk-JHWLFOBA.js";import"./chunks/chunk-SH6URTCV.js";import{a as wr,b as _r,j as Er,k as Tr,r as vr}from"./chunks/chunk-YZJPG24N.js";import{I as ut,L as $r,M as Rr,e as Sr,f as m,i as I,k as L,m as O,o as g,p as Ir,r as je,s as xe,u as it,w as at,y as se}from"./chunks/chunk-7L2WS5XU.js";import{b as yr,d as br}from"./chunks/chunk-XY7QUVLB.js";var Nn=yr(Be=>{"use strict";Object.defineProperty(Be,"__esModule",{value:!0});Be.format=ki;Be.parse=Si;var Ei=/^[\u0009\u0020-\u007e\u0080-\u00ff]*$/,Cn=/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,Ti=/[\\"]/g,vi=/^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,jn=(()=>{let e=function(){};return e.prototype=Object.create(null),e})();function ki(e){let{type:t,parameters:r}=e;if(!t||!vi.test(t))throw new TypeError(`Invalid type: ${t}`);let n=t;if(r)for(let s of Object.keys(r)){if(!Cn.test(s))throw new TypeError(`Invalid parameter name: ${s}`);n+=`; ${s}=${Ai(r[s])}`}return n}function Si(e,t){let r=t?.comma===!0?Ri:65536,n=e.length,s=kt(e,t?.start??0,n),i=s;s=vt(e,s,n,r);let a=St(e,i,s),u=e.slice(i,a).toLowerCase();return t?.parameters===!1?{type:u,index:s,parameters:new jn}:Oi(e,u,s,n,r)}var xn=32,Gn=9,Pn=59,Ii=61,An=34,$i=92,Ri=44;function Oi(e,t,r,n,s){let i=new jn;e:for(;r<n&&e.charCodeAt(r)!==s;){r=kt(e,r+1,n);let a=r;for(;r<n;){let u=e.charCodeAt(r);if(u===s)break e;if(u===Pn)continue e;if(u===Ii){let d=St(e,a,r),f=e.slice(a,d).toLowerCase();if(r=kt(e,r+1,n),r<n&&e.charCodeAt(r)===An){r++;let w="";for(;r<n;){let v=e.charCodeAt(r++);if(v===An){r=vt(e,r,n,s),i[f]===void 0&&(i[f]=w);break}if(v===$i&&r<n){w+=e[r++];continue}w+=String.fromCharCode(v)}continue e}let y=r;if(r=vt(e,r,n,s),i[f]===void 0){let w=St(e,y,r);i[f]=e.slice(y,w)}continue e}r++}}return{type:t,index:r,parameters:i}}function vt(e,t,r,n){for(;t<r;){let s=e.charCodeAt(t);if(s===Pn||s===n)break;t++}return t}function kt(e,t,r){for(;t<r;){let n=e.charCodeAt(t);if(n!==xn&&n!==Gn)break;t++}return t}function St(e,t,r){for(;r>t;){let n=e.charCodeAt(r-1);if(n!==xn&&n!==Gn)break;r--}return r}function Ai(e){if(Cn.test(e))return e;if(Ei.test(e))return`"${e.replace(Ti,"\\$&")}"`;throw new TypeError(`Invalid parameter value: ${e}`)}});var ns=yr((Nt,zt)=>{(function(e,t){typeof Nt=="object"&&typeof zt<"u"?zt.exports=t():typeof define=="function"&&define.amd?define(t):e.Bottleneck=t()})(Nt,(function(){"use strict";var e=typeof globalThis<"u"?globalThis:typeof window<"u"?window:typeof global<"u"?global:typeof self<"u"?self:{};function t(T){return T&&T.default||T}var r=function(T,c,o={}){var l,p,h;for(l in c)h=c[l],o[l]=(p=T[l])!=null?p:h;return o},n=function(T,c,o={}){var l,p;for(l in T)p=T[l],c[l]!==void 0&&(o[l]=p);return o},s={load:r,overwrite:n},i;i=class{constructor(c,o){this.incr=c,this.decr=o,this._first=null,this._last=null,this.length=0}push(c){var o;this.length++,typeof this.incr=="function"&&this.incr(),o={value:c,prev:this._last,next:null},this._last!=null?(this._last.next=o,this._last=o):this._first=this._last=o}shift(){var c;if(this._first!=null)return this.length--,typeof this.decr=="function"&&this.decr(),c=this._first.value,(this._first=this._first.next)!=null?this._first.prev=null:this._last=null,c}first(){if(this._first!=null)return this._first.value}getArray(){var c,o,l;for(c=this._first,l=[];c!=null;)l.push((o=c,c=c.next,o.value));return l}forEachShift(c){var o;for(o=this.shift();o!=null;)c(o),o=this.shift()}debug(){var c,o,l,p,h;for(c=this._first,h=[];c!=null;)h.push((o=c,c=c.next,{value:o.value,prev:(l=o.prev)!=null?l.value:void 0,next:(p=o.next)!=null?p.value:void 0}));return h}};var a=i,u;u=class{constructor(c){if(this.instance=c,this._events={},this.instance.on!=null||this.instance.once!=null||this.instance.removeAllListeners!=null)throw new Error("An Emitter already exists for this object");this.instance.on=(o,l)=>this._addListener(o,"many",l),this.instance.once=(o,l)=>this._addListener(o,"once",l),this.instance.removeAllListeners=(o=null)=>o!=null?delete this._events[o]:this._events={}}_addListener(c,o,l){var p;return(p=this._events)[c]==null&&(p[c]=[]),this._events[c].push({cb:l,status:o}),this.instance}listenerCount(c){return this._events[c]!=null?this._events[c].length:0}async trigger(c,...o){var l,p;try{return c!=="debug"&&this.trigger("debug",`Event triggered: ${c}`,o),this._events[c]==null?void 0:(this._events[c]=this._events[c].filter(function(h){return h.status!=="none"}),p=this._events[c].map(async h=>{var b,_;if(h.status!=="none"){h.status==="once"&&(h.status="none");try{return _=typeof h.cb=="function"?h.cb(...o):void 0,typeof _?.then=="function"?await _:_}catch(R){return b=R,this.trigger("error",b),null}}}),(await Promise.all(p)).find(function(h){return h!=null}))}catch(h){return l=h,this.trigger("error",l),null}}};var d=u,f,y,w;f=a,y=d,w=class{constructor(c){var o;this.Events=new y(this),this._length=0,this._lists=(function(){var l,p,h;for(h=[],o=l=1,p=c;1<=p?l<=p:l>=p;o=1<=p?++l:--l)h.push(new f((()=>this.incr()),(()=>this.decr())));return h}).call(this)}incr(){if(this._length++===0)return this.Events.trigger("leftzero")}decr(){if(--this._length===0)return this.Events.trigger("zero")}push(c){return this._lists[c.options.priority].push(c)}queued(c){return c!=null?this._lists[c].length:this._length}shiftAll(c){return this._lists.forEach(function(o){return o.forEachShift(c)})}getFirst(c=this._lists){var o,l,p;for(o=0,l=c.length;o<l;o++)if(p=c[o],p.length>0)return p;return[]}shiftLastFrom(c){return this.getFirst(this._lists.slice(c).reverse()).shift()}};var v=w,S;S=class extends Error{};var E=S,C,k,$,W,V;W=10,k=5,V=s,C=E,$=class{constructor(c,o,l,p,h,b,_,R){this.task=c,this.args=o,this.rejectOnDrop=h,this.Events=b,this._states=_,this.Promise=R,this.options=V.load(l,p),this.options.priority=this._sanitizePriority(this.options.priority),this.options.id===p.id&&(this.options.id=`${this.options.id}-${this._randomIndex()}`),this.promise=new this.Promise((G,N)=>{this._resolve=G,this._reject=N}),this.retryCount=0}_sanitizePriority(c){var o;return o=~~c!==c?k:c,o<0?0:o>W-1?W-1:o}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:c,message:o="This job has been dropped by Bottleneck"}={}){return this._states.remove(this.options.id)?(this.rejectOnDrop&&this._reject(c??new C(o)),this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise}),!0):!1}_assertStatus(c){var o;if(o=this._states.jobStatus(this.options.id),!(o===c||c==="DONE"&&o===null))throw new C(`Invalid job status ${o}, expected ${c}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}doReceive(){return this._states.start(this.options.id),this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(c,o){return this._assertStatus("RECEIVED"),this._states.next(this.options.id),this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:c,blocked:o})}doRun(){return this.retryCount===0?(this._assertStatus("QUEUED"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(c,o,l,p){var h,b,_;this.retryCount===0?(this._assertStatus("RUNNING"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),b={args:this.args,options:this.options,retryCount:this.retryCount},this.Events.trigger("executing",b);try{if(_=await(c!=null?c.schedule(this.options,this.task,...this.args):this.task(...this.args)),o())return this.doDone(b),await p(this.options,b),this._assertStatus("DONE"),this._resolve(_)}catch(R){return h=R,this._onFailure(h,b,o,l,p)}}doExpire(c,o,l){var p,h;return this._states.jobStatus(this.options.id==="RUNNING")&&this._states.next(this.options.id),this._assertStatus("EXECUTING"),h={args:this.args,options:this.options,retryCount:this.retryCount},p=new C(`This job timed out after ${this.options.expiration} ms.`),this._onFailure(p,h,c,o,l)}async _onFailure(c,o,l,p,h){var b,_;if(l())return b=await this.Events.trigger("failed",c,o),b!=null?(_=~~b,this.Events.trigger("retry",`Retrying ${this.options.id} after ${_} ms`,o),this.retryCount++,p(_)):(this.doDone(o),await h(this.options,o),this._assertStatus("DONE"),this._reject(c))}doDone(c){return this._assertStatus("EXECUTING"),this._states.next(this.options.id),this.Events.trigger("done",c)}};var P=$,Y,Q,_e;_e=s,Y=E,Q=class{constructor(c,o,l){this.instance=c,this.storeOptions=o,this.clientId=this.instance._randomIndex(),_e.load(l,l,this),this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now(),this._running=0,this._done=0,this._unblockTime=0,this.ready=this.Promise.resolve(),this.clients={},this._startHeartbeat()}_startHeartbeat(){var c;return this.heartbeat==null&&(this.storeOptions.reservoirRefreshInterval!=null&&this.storeOptions.reservoirRefreshAmount!=null||this.storeOptions.reservoirIncreaseInterval!=null&&this.storeOptions.reservoirIncreaseAmount!=null)?typeof(c=this.heartbeat=setInterval(()=>{var o,l,p,h,b;if(h=Date.now(),this.storeOptions.reservoirRefreshInterval!=null&&h>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval&&(this._lastReservoirRefresh=h,this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount,this.instance._drainAll(this.computeCapacity())),this.storeOptions.reservoirIncreaseInterval!=null&&h>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval&&({reservoirIncreaseAmount:o,reservoirIncreaseMaximum:p,reservoir:b}=this.storeOptions,this._lastReservoirIncrease=h,l=p!=null?Math.min(o,p-b):o,l>0))return this.storeOptions.reservoir+=l,this.instance._drainAll(this.computeCapacity())},this.heartbeatInterval)).unref=="function"?c.unref():void 0:clearInterval(this.heartbeat)}async __publish__(c){return await this.yieldLoop(),this.instance.Events.trigger("message",c.toString())}async __disconnect__(c){return await this.yieldLoop(),clearInterval(this.heartbeat),this.Promise.resolve()}yieldLoop(c=0){return new this.Promise(function(o,l){return setTimeout(o,c)})}computePenalty(){var c;return(c=this.storeOptions.penalty)!=null?c:15*this.storeOptions.minTime||5e3}async __updateSettings__(c){return await this.yieldLoop(),_e.overwrite(c,c,this.storeOptions),this._startHeartbeat(),this.instance._drainAll(this.computeCapacity()),!0}async __running__(){return await this.yieldLoop(),this._running}async __queued__(){return await this.yieldLoop(),this.instance.queued()}async __done__(){return await this.yieldLoop(),this._done}async __groupCheck__(c){return await this.yieldLoop(),this._nextRequest+this.timeout<c}computeCapacity(){var c,o;return{maxConcurrent:c,reservoir:o}=this.storeOptions,c!=null&&o!=null?Math.min(c-this._running,o):c!=null?c-this._running:o??null}conditionsCheck(c){var o;return o=this.computeCapacity(),o==null||c<=o}async __incrementReservoir__(c){var o;return await this.yieldLoop(),o=this.storeOptions.reservoir+=c,this.instance._drainAll(this.computeCapacity()),o}async __currentReservoir__(){return await this.yieldLoop(),this.storeOptions.reservoir}isBlocked(c){return this._unblockTime>=c}check(c,o){return this.conditionsCheck(c)&&this._nextRequest-o<=0}async __check__(c){var o;return await this.yieldLoop(),o=Date.now(),this.check(c,o)}async __register__(c,o,l){var p,h;return await this.yieldLoop(),p=Date.now(),this.conditionsCheck(o)?(this._running+=o,this.storeOptions.reservoir!=null&&(this.storeOptions.reservoir-=o),h=Math.max(this._nextRequest-p,0),this._nextRequest=p+h+this.storeOptions.minTime,{success:!0,wait:h,reservoir:this.storeOptions.reservoir}):{success:!1}}strategyIsBlock(){return this.storeOptions.strategy===3}async __submit__(c,o){var l,p,h;if(await this.yieldLoop(),this.storeOptions.maxConcurrent!=null&&o>this.storeOptions.maxConcurrent)throw new Y(`Impossible to add a job having a weight of ${o} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);return p=Date.now(),h=this.storeOptions.highWater!=null&&c===this.storeOptions.highWater&&!this.check(o,p),l=this.strategyIsBlock()&&(h||this.isBlocked(p)),l&&(this._unblockTime=p+this.computePenalty(),this._nextRequest=this._unblockTime+this.storeOptions.minTime,this.instance._dropAllQueued()),{reachedHWM:h,blocked:l,strategy:this.storeOptions.strategy}}async __free__(c,o){return await this.yieldLoop(),this._running-=o,this._done+=o,this.instance._drainAll(this.computeCapacity()),{running:this._running}}};var Oe=Q,Vt,Qt;Vt=E,Qt=class{constructor(c){this.status=c,this._jobs={},this.counts=this.status.map(function(){return 0})}next(c){var o,l;if(o=this._jobs[c],l=o+1,o!=null&&l<this.status.length)return this.counts[o]--,this.counts[l]++,this._jobs[c]++;if(o!=null)return this.counts[o]--,delete this._jobs[c]}start(c){var o;return o=0,this._jobs[c]=o,this.counts[o]++}remove(c){var o;return o=this._jobs[c],o!=null&&(this.counts[o]--,delete this._jobs[c]),o!=null}jobStatus(c){var o;return(o=this.status[this._jobs[c]])!=null?o:null}statusJobs(c){var o,l,p,h,b;if(c!=null){if(l=this.status.indexOf(c),l<0)throw new Vt(`status must be one of ${this.status.join(", ")}`);p=this._jobs,h=[];for(o in p)b=p[o],b===l&&h.push(o);return h}else return Object.keys(this._jobs)}statusCounts(){return this.counts.reduce(((c,o,l)=>(c[this.status[l]]=o,c)),{})}};var oo=Qt,Jt,Kt;Jt=a,Kt=class{constructor(c,o){this.schedule=this.schedule.bind(this),this.name=c,this.Promise=o,this._running=0,this._queue=new Jt}isEmpty(){return this._queue.length===0}async _tryToRun(){var c,o,l,p,h,b,_;if(this._running<1&&this._queue.length>0)return this._running++,{task:_,args:c,resolve:h,reject:p}=this._queue.shift(),o=await(async function(){try{return b=await _(...c),function(){return h(b)}}catch(R){return l=R,function(){return p(l)}}})(),this._running--,this._tryToRun(),o()}schedule(c,...o){var l,p,h;return h=p=null,l=new this.Promise(function(b,_){return h=b,p=_}),this._queue.push({task:c,args:o,resolve:h,reject:p}),this._tryToRun(),l}};var io=Kt,Xt="2.19.5",ao={version:Xt},uo=Object.freeze({version:Xt,default:ao}),Yt=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Zt=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),co=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),er,tr,rr,nr,sr,Ae;Ae=s,er=d,nr=Yt,rr=Zt,sr=co,tr=(function(){class T{constructor(o={}){this.deleteKey=this.deleteKey.bind(this),this.limiterOptions=o,Ae.load(this.limiterOptions,this.defaults,this),this.Events=new er(this),this.instances={},this.Bottleneck=hr,this._startAutoCleanup(),this.sharedConnection=this.connection!=null,this.connection==null&&(this.limiterOptions.datastore==="redis"?this.connection=new nr(Object.assign({},this.limiterOptions,{Events:this.Events})):this.limiterOptions.datastore==="ioredis"&&(this.connection=new rr(Object.assign({},this.limiterOptions,{Events:this.Events}))))}key(o=""){var l;return(l=this.instances[o])!=null?l:(()=>{var p;return p=this.instances[o]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${o}`,timeout:this.timeout,connection:this.connection})),this.Events.trigger("created",p,o),p})()}async deleteKey(o=""){var l,p;return p=this.instances[o],this.connection&&(l=await this.connection.__runCommand__(["del",...sr.allKeys(`${this.id}-${o}`)])),p!=null&&(delete this.instances[o],await p.disconnect()),p!=null||l>0}limiters(){var o,l,p,h;l=this.instances,p=[];for(o in l)h=l[o],p.push({key:o,limiter:h});return p}keys(){return Object.keys(this.instances)}async clusterKeys(){var o,l,p,h,b,_,R,G,N;if(this.connection==null)return this.Promise.resolve(this.keys());for(_=[],o=null,N=`b_${this.id}-`.length,l=9;o!==0;)for([G,p]=await this.connection.__runCommand__(["scan",o??0,"match",`b_${this.id}-*_settings`,"count",1e4]),o=~~G,h=0,R=p.length;h<R;h++)b=p[h],_.push(b.slice(N,-l));return _}_startAutoCleanup(){var o;return clearInterval(this.interval),typeof(o=this.interval=setInterval(async()=>{var l,p,h,b,_,R;_=Date.now(),h=this.instances,b=[];for(p in h){R=h[p];try{await R._store.__groupCheck__(_)?b.push(this.deleteKey(p)):b.push(void 0)}catch(G){l=G,b.push(R.Events.trigger("error",l))}}return b},this.timeout/2)).unref=="function"?o.unref():void 0}updateSettings(o={}){if(Ae.overwrite(o,this.defaults,this),Ae.overwrite(o,o,this.limiterOptions),o.timeout!=null)return this._startAutoCleanup()}disconnect(o=!0){var l;if(!this.sharedConnection)return(l=this.connection)!=null?l.disconnect(o):void 0}}return T.prototype.defaults={timeout:1e3*60*5,connection:null,Promise,id:"group-key"},T}).call(e);var lo=tr,or,ir,ar;ar=s,ir=d,or=(function(){class T{constructor(o={}){this.options=o,ar.load(this.options,this.defaults,this),this.Events=new ir(this),this._arr=[],this._resetPromise(),this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((o,l)=>this._resolve=o)}_flush(){return clearTimeout(this._timeout),this._lastFlush=Date.now(),this._resolve(),this.Events.trigger("batch",this._arr),this._arr=[],this._resetPromise()}add(o){var l;return this._arr.push(o),l=this._promise,this._arr.length===this.maxSize?this._flush():this.maxTime!=null&&this._arr.length===1&&(this._timeout=setTimeout(()=>this._flush(),this.maxTime)),l}}return T.prototype.defaults={maxTime:null,maxSize:null,Promise},T}).call(e);var po=or,mo=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),fo=t(uo),ur,cr,tt,rt,lr,nt,dr,pr,mr,st,H,fr=[].splice;nt=10,cr=5,H=s,dr=v,rt=P,lr=Oe,pr=mo,tt=d,mr=oo,st=io,ur=(function(){class T{constructor(o={},...l){var p,h;this._addToQueue=this._addToQueue.bind(this),this._validateOptions(o,l),H.load(o,this.instanceDefaults,this),this._queues=new dr(nt),this._scheduled={},this._states=new mr(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[])),this._limiter=null,this.Events=new tt(this),this._submitLock=new st("submit",this.Promise),this._registerLock=new st("register",this.Promise),h=H.load(o,this.storeDefaults,{}),this._store=(function(){if(this.datastore==="redis"||this.datastore==="ioredis"||this.connection!=null)return p=H.load(o,this.redisStoreDefaults,{}),new pr(this,h,p);if(this.datastore==="local")return p=H.load(o,this.localStoreDefaults,{}),new lr(this,h,p);throw new T.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}).call(this),this._queues.on("leftzero",()=>{var b;return(b=this._store.heartbeat)!=null&&typeof b.ref=="function"?b.ref():void 0}),this._queues.on("zero",()=>{var b;return(b=this._store.heartbeat)!=null&&typeof b.unref=="function"?b.unref():void 0})}_validateOptions(o,l){if(!(o!=null&&typeof o=="object"&&l.length===0))throw new T.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(o){return this._store.__publish__(o)}disconnect(o=!0){return this._store.__disconnect__(o)}chain(o){return this._limiter=o,this}queued(o){return this._queues.queued(o)}clusterQueued(){return this._store.__queued__()}empty(){return this.queued()===0&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(o){return this._states.jobStatus(o)}jobs(o){return this._states.statusJobs(o)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(o=1){return this._store.__check__(o)}_clearGlobalState(o){return this._scheduled[o]!=null?(clearTimeout(this._scheduled[o].expiration),delete this._scheduled[o],!0):!1}async _free(o,l,p,h){var b,_;try{if({running:_}=await this._store.__free__(o,p.weight),this.Events.trigger("debug",`Freed ${p.id}`,h),_===0&&this.empty())return this.Events.trigger("idle")}catch(R){return b=R,this.Events.trigger("error",b)}}_run(o,l,p){var h,b,_;return l.doRun(),h=this._clearGlobalState.bind(this,o),_=this._run.bind(this,o,l),b=this._free.bind(this,o,l),this._scheduled[o]={timeout:setTimeout(()=>l.doExecute(this._limiter,h,_,b),p),expiration:l.options.expiration!=null?setTimeout(function(){return l.doExpire(h,_,b)},p+l.options.expiration):void 0,job:l}}_drainOne(o){return this._registerLock.schedule(()=>{var l,p,h,b,_;return this.queued()===0?this.Promise.resolve(null):(_=this._queues.getFirst(),{options:b,args:l}=h=_.first(),o!=null&&b.weight>o?this.Promise.resolve(null):(this.Events.trigger("debug",`Draining ${b.id}`,{args:l,options:b}),p=this._randomIndex(),this._store.__register__(p,b.weight,b.expiration).then(({success:R,wait:G,reservoir:N})=>{var Ee;return this.Events.trigger("debug",`Drained ${b.id}`,{success:R,args:l,options:b}),R?(_.shift(),Ee=this.empty(),Ee&&this.Events.trigger("empty"),N===0&&this.Events.trigger("depleted",Ee),this._run(p,h,G),this.Promise.resolve(b.weight)):this.Promise.resolve(null)})))})}_drainAll(o,l=0){return this._drainOne(o).then(p=>{var h;return p!=null?(h=o!=null?o-p:o,this._drainAll(h,l+p)):this.Promise.resolve(l)}).catch(p=>this.Events.trigger("error",p))}_dropAllQueued(o){return this._queues.shiftAll(function(l){return l.doDrop({message:o})})}stop(o={}){var l,p;return o=H.load(o,this.stopDefaults),p=h=>{var b;return b=()=>{var _;return _=this._states.counts,_[0]+_[1]+_[2]+_[3]===h},new this.Promise((_,R)=>b()?_():this.on("done",()=>{if(b())return this.removeAllListeners("done"),_()}))},l=o.dropWaitingJobs?(this._run=function(h,b){return b.doDrop({message:o.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var h,b,_;b=this._scheduled;for(h in b)_=b[h],this.jobStatus(_.job.options.id)==="RUNNING"&&(clearTimeout(_.timeout),clearTimeout(_.expiration),_.job.doDrop({message:o.dropErrorMessage}));return this._dropAllQueued(o.dropErrorMessage),p(0)}))):this.schedule({priority:nt-1,weight:0},()=>p(1)),this._receive=function(h){return h._reject(new T.prototype.BottleneckError(o.enqueueErrorMessage))},this.stop=()=>this.Promise.reject(new T.prototype.BottleneckError("stop() has already been called")),l}async _addToQueue(o){var l,p,h,b,_,R,G;({args:l,options:b}=o);try{({reachedHWM:_,blocked:p,strategy:G}=await this._store.__submit__(this.queued(),b.weight))}catch(N){return h=N,this.Events.trigger("debug",`Could not queue ${b.id}`,{args:l,options:b,error:h}),o.doDrop({error:h}),!1}return p?(o.doDrop(),!0):_&&(R=G===T.prototype.strategy.LEAK?this._queues.shiftLastFrom(b.priority):G===T.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(b.priority+1):G===T.prototype.strategy.OVERFLOW?o:void 0,R?.doDrop(),R==null||G===T.prototype.strategy.OVERFLOW)?(R==null&&o.doDrop(),_):(o.doQueue(_,p),this._queues.push(o),await this._drainAll(),_)}_receive(o){return this._states.jobStatus(o.options.id)!=null?(o._reject(new T.prototype.BottleneckError(`A job with the same id already exists (id=${o.options.id})`)),!1):(o.doReceive(),this._submitLock.schedule(this._addToQueue,o))}submit(...o){var l,p,h,b,_,R,G;return typeof o[0]=="function"?(_=o,[p,...o]=_,[l]=fr.call(o,-1),b=H.load({},this.jobDefaults)):(R=o,[b,p,...o]=R,[l]=fr.call(o,-1),b=H.load(b,this.jobDefaults)),G=(...N)=>new this.Promise(function(Ee,go){return p(...N,function(...gr){return(gr[0]!=null?go:Ee)(gr)})}),h=new rt(G,o,b,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),h.promise.then(function(N){return typeof l=="function"?l(...N):void 0}).catch(function(N){return Array.isArray(N)?typeof l=="function"?l(...N):void 0:typeof l=="function"?l(N):void 0}),this._receive(h)}schedule(...o){var l,p,h;return typeof o[0]=="function"?([h,...o]=o,p={}):[p,h,...o]=o,l=new rt(h,o,p,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),this._receive(l),l.promise}wrap(o){var l,p;return l=this.schedule.bind(this),p=function(...h){return l(o.bind(this),...h)},p.withOptions=function(h,...b){return l(h,o,...b)},p}async updateSettings(o={}){return await this._store.__updateSettings__(H.overwrite(o,this.storeDefaults)),H.overwrite(o,this.instanceDefaults,this),this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(o=0){return this._store.__incrementReservoir__(o)}}return T.default=T,T.Events=tt,T.version=T.prototype.version=fo.version,T.strategy=T.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3},T.BottleneckError=T.prototype.BottleneckError=E,T.Group=T.prototype.Group=lo,T.RedisConnection=T.prototype.RedisConnection=Yt,T.IORedisConnection=T.prototype.IORedisConnection=Zt,T.Batcher=T.prototype.Batcher=po,T.prototype.jobDefaults={priority:cr,weight:1,expiration:null,id:"<no-id>"},T.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:T.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null},T.prototype.localStoreDefaults={Promise,timeout:null,heartbeatInterval:250},T.prototype.redisStoreDefaults={Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:!1,connection:null},T.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:!0,trackDoneStatus:!1,Promise},T.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:!0,dropErrorMessage:"This limiter has been stopped."},T}).call(e);var hr=ur,ho=hr;return ho}))});import*as Fr from"os";function Z(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ne(e){return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}:{}}function le(e,t,r){let n=new ct(e,t,r);process.stdout.write(n.toString()+Fr.EOL)}var Ur="::",ct=class{constructor(t,r,n){t||(t="missing.command"),this.command=t,this.properties=r,this.message=n}toString(){let t=Ur+this.command;if(this.properties&&Object.keys(this.properties).length>0){t+=" ";let r=!0;for(let n in this.properties)if(this.properties.hasOwnProperty(n)){let s=this.properties[n];s&&(r?r=!1:t+=",",t+=`${n}=${bo(s)}`)}}return t+=`${Ur}${yo(this.message)}`,t}};function yo(e){return Z(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function bo(e){return Z(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}import*as Mr from"crypto";import*as Le from"fs";import*as ze from"os";function qr(e,t){let r=process.env[`GITHUB_${e}`];if(!r)throw new Error(`Unable to find environment variable for file command ${e}`);if(!Le.existsSync(r))throw new Error(`Missing file at path: ${r}`);Le.appendFileSync(r,`${Z(t)}${ze.EOL}`,{encoding:"utf8"})}function Br(e,t){let r=`ghadelimiter_${Mr.randomUUID()}`,n=Z(t);if(e.includes(r))throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);if(n.includes(r))throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);return`${e}<<${r}${ze.EOL}${n}${ze.EOL}${r}`}import*as mt from"os";import{EOL as wo}from"os";import{constants as Wr,promises as _o}from"fs";var lt=function(e,t,r,n){function s(i){return i instanceof r?i:new r(function(a){a(i)})}return new(r||(r=Promise))(function(i,a){function u(y){try{f(n.next(y))}catch(w){a(w)}}function d(y){try{f(n.throw(y))}catch(w){a(w)}}function f(y){y.done?i(y.value):s(y.value).then(u,d)}f((n=n.apply(e,t||[])).next())})},{access:Eo,appendFile:To,writeFile:vo}=_o,Hr="GITHUB_STEP_SUMMARY";var dt=class{constructor(){this._buffer=""}filePath(){return lt(this,void 0,void 0,function*(){if(this._filePath)return this._filePath;let t=process.env[Hr];if(!t)throw new Error(`Unable to find environment variable for $${Hr}. Check if your runtime environment supports job summaries.`);try{yield Eo(t,Wr.R_OK|Wr.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,r,n={}){let s=Object.entries(n).map(([i,a])=>` ${i}="${a}"`).join("");return r?`<${t}${s}>${r}</${t}>`:`<${t}${s}>`}write(t){return lt(this,void 0,void 0,function*(){let r=!!t?.overwrite,n=yield this.filePath();return yield(r?vo:To)(n,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return lt(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,r=!1){return this._buffer+=t,r?this.addEOL():this}addEOL(){return this.addRaw(wo)}addCodeBlock(t,r){let n=Object.assign({},r&&{lang:r}),s=this.wrap("pre",this.wrap("code",t),n);return this.addRaw(s).addEOL()}addList(t,r=!1){let n=r?"ol":"ul",s=t.map(a=>this.wrap("li",a)).join(""),i=this.wrap(n,s);return this.addRaw(i).addEOL()}addTable(t){let r=t.map(s=>{let i=s.map(a=>{if(typeof a=="string")return this.wrap("td",a);let{header:u,data:d,colspan:f,rowspan:y}=a,w=u?"th":"td",v=Object.assign(Object.assign({},f&&{colspan:f}),y&&{rowspan:y});return this.wrap(w,d,v)}).join("");return this.wrap("tr",i)}).join(""),n=this.wrap("table",r);return this.addRaw(n).addEOL()}addDetails(t,r){let n=this.wrap("details",this.wrap("summary",t)+r);return this.addRaw(n).addEOL()}addImage(t,r,n){let{width:s,height:i}=n||{},a=Object.assign(Object.assign({},s&&{width:s}),i&&{height:i}),u=this.wrap("img",null,Object.assign({src:t,alt:r},a));return this.addRaw(u).addEOL()}addHeading(t,r){let n=`h${r}`,s=["h1","h2","h3","h4","h5","h6"].includes(n)?n:"h1",i=this.wrap(s,t);return this.addRaw(i).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,r){let n=Object.assign({},r&&{cite:r}),s=this.wrap("blockquote",t,n);return this.addRaw(s).addEOL()}addLink(t,r){let n=this.wrap("a",t,{href:r});return this.addRaw(n).addEOL()}},ko=new dt;var q=ko;import Qr from"os";import*as De from"fs";var{chmod:So,copyFile:Io,lstat:$o,mkdir:Ro,open:Pu,readdir:Oo,rename:Ao,rm:Co,rmdir:Nu,stat:jo,symlink:xo,unlink:Go}=De.promises,Po=process.platform==="win32";var zu=De.constants.O_RDONLY;var Mu=process.platform==="win32";var Vu=Qr.platform(),Qu=Qr.arch();var pt;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(pt||(pt={}));function Jr(e){le("add-mask",{},e)}function Kr(e,t){let r=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!r)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?r:r.trim()}function j(e,t){if(process.env.GITHUB_OUTPUT||"")return qr("OUTPUT",Br(e,t));process.stdout.write(mt.EOL),le("set-output",{name:e},Z(t))}function U(e){process.exitCode=pt.Failure,Ue(e)}function Ue(e,t={}){le("error",Ne(t),e instanceof Error?e.toString():e)}function ve(e,t={}){le("warning",Ne(t),e instanceof Error?e.toString():e)}function de(e,t={}){le("notice",Ne(t),e instanceof Error?e.toString():e)}function Xr(e){process.stdout.write(e+mt.EOL)}function Yr(e,t,r){let s=Ce(e,t,{notes:r,omitSubject:!0}).split(`
`).slice(1).join(`
`).trim();return{title:Te(e),summary:s||Te(e),text:"",annotations:[]}}function Zr(e,t,r){return{failing:e.rules.some(n=>n.status==="fail"),findings:t,resolved:ot(e,"resolved"),passing:[ot(e,"passing"),...r.map(n=>`${n}
`)].join(`
`)}}var Mo=5;async function en(e,t,r,n){let s=n.rules["debt-link"],i=new Map;for(let a of r.slice(0,Mo)){if(Tr(a.register)?.verify===void 0){i.set(a.ref,{status:"ok",detail:"not resolvable through the GitHub API"});continue}let u=/^(?:([\w.-]+)\/([\w.-]+))?#(\d+)$/u.exec(a.ref);if(!u)continue;let d=u[1]&&u[2]?{owner:u[1],repo:u[2]}:t,f=qo(n,`${d.owner}/${d.repo}`,`${t.owner}/${t.repo}`)??s.labels,y=await e.readIssue(d,Number(u[3]));y.exists?y.isPullRequest?i.set(a.ref,{status:"missing",detail:"a pull request, not a register issue"}):y.labels.some(w=>f.some(v=>v.toLowerCase()===w.toLowerCase()))?i.set(a.ref,{status:"ok"}):i.set(a.ref,{status:"unlabelled",detail:`expected label ${f.join(" or ")}, found ${y.labels.join(", ")||"none"}`}):i.set(a.ref,{status:"missing",detail:"no such issue"})}return i}function qo(e,t,r){for(let n of e.rules["debt-link"].registers){let s=Er(n).verify?.(n,t,r)?.label;if(s!==void 0)return[s]}}async function tn(e,t,r){let{api:n,inputs:s}=e,i=new Nr(s.dryRun,e.log),a=await n.readCheckContext(t,{path:s.configPath,ref:r}),{subject:u}=a,d=await Cr(n,t,s.configPath,r,a.config);if(!d.ok)return{type:"config-error",markdown:Ar(d.errors,s.configPath),errors:d.errors,blocked:i.blocked};d.source==="defaults"&&e.log(`No ${s.configPath} on ${r??"the default branch"}: using the embedded defaults.`);let f=s.mode?{...d.config,mode:s.mode}:d.config,y=s.checkName??f.report["check-name"],w=async(Q,_e)=>{let Oe=u.headSha;t.kind!=="pr"||!Oe||await i.attempt("check run",()=>n.createCheckRun({owner:t.owner,repo:t.repo,name:y,headSha:Oe,conclusion:Q,output:_e}))},v=Or(u,f);if(v)return f.report["check-run"]&&await w("skipped",{title:`Skipped: ${v}`,summary:`alignment-check skipped this pull request because ${v}.`,text:"",annotations:[]}),{type:"skipped",reason:v,subject:u,blocked:i.blocked};let S=vr({kind:u.kind,number:u.number,title:u.title,body:u.body,labels:u.labels,repo:`${t.owner}/${t.repo}`,serverUrl:e.serverUrl},f),C=f.rules["debt-link"].verify&&S.links.length>0&&u.kind==="pr"&&(S.debtWork.isDebtWork||S.debtWork.declaresNewDebt)?await en(n,t,S.links,f):void 0,k=kr(S,f,C?{verification:C}:{}),$=e.notes?await e.notes(f,u):[],W=Ce(k,f,{notes:$}),V=s.comment??f.report.comment,P={subjectId:u.nodeId??"",viewer:a.viewer,comments:a.comments,complete:a.allComments},[,Y]=await Promise.all([f.report["check-run"]?w(k.conclusion,Yr(k,f,$)):Promise.resolve(),i.attempt("comment",()=>zr(n,t,P,Zr(k,W,$),V))]);return e.log(`${Te(k)}; comment: ${Y??(s.dryRun?"dry-run":"not written")}`),{type:"checked",result:k,config:f,markdown:W,comment:Y,blocked:i.blocked}}function Bo(e){return e.map((t,r)=>typeof t=="number"?`[${t}]`:`${r===0?"":"."}${String(t)}`).join("")}var rn=e=>(e?.message??"invalid").replace(/^Invalid input: /u,"");function F(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let s=n.error.issues[0],i=Bo(s?.path??[]),a;throw r===void 0||typeof r=="string"||r instanceof ArrayBuffer?a="that is not JSON":i===""?a=`that is not what GitHub documents (${rn(s)})`:s?.code==="invalid_type"&&/received undefined$/u.test(s.message)?a=`without \`${i}\``:a=`whose \`${i}\` is not what GitHub documents (${rn(s)})`,new A(e,void 0,`returned an answer ${a}`)}function M(e){return g({pageInfo:g({hasNextPage:L(),endCursor:m().nullable()}),nodes:O(e.nullable()).nullable()})}function z(e,t){return t?e:e.optional()}var Fe=class extends Error{name="UnreadableAnswerError"};function Wo(e){let t=e.replace(/\s+/gu," ").trim();return t.length>60?`${t.slice(0,60)}\u2026`:t}function nn(e){e.hook.after("request",(t,r)=>{let n=String(r.headers.accept??"");if(!/json/iu.test(n)||t.status===204)return;let s=t.data;if(s===null)throw new Fe("returned an answer that is `null`");if(typeof s!="string"&&!(s instanceof ArrayBuffer))return;let i=String(t.headers["content-type"]??"no content type").split(";")[0]??"",a=typeof s=="string"?s:"",u=/json/iu.test(i)?"is not valid JSON (cut off?)":`is not JSON (${i}${a===""?"":`: ${Wo(a)}`})`;throw new Fe(`returned an answer that ${u}`)})}var Ho={NOT_FOUND:404,FORBIDDEN:403,INSUFFICIENT_SCOPES:403,UNAUTHORIZED:401,RATE_LIMITED:403};function Vo(e){if(typeof e!="object"||e===null)return;let t=Reflect.get(e,"errors");if(!(Reflect.get(e,"name")!=="GraphqlResponseError"||!Array.isArray(t)))return{data:Reflect.get(e,"data"),errors:t.map(r=>{let n=typeof r=="object"&&r!==null?r:{};return{type:typeof n.type=="string"?n.type:void 0,message:typeof n.message=="string"?n.message:String(r),path:Array.isArray(n.path)?n.path:[]}})}}async function x(e,t,r,n,s,i=()=>!1){let a,u=[];try{a=await e.graphql(r,n)}catch(d){let f=Vo(d);if(f===void 0)throw xr(t,d);let y=f.errors.filter(w=>!i(w));if(y.length>0||f.data===void 0||f.data===null){let w=y[0]??f.errors[0],v=w?.type===void 0?void 0:Ho[w.type],S=(y.length>0?y:f.errors).slice(0,3).map(k=>`${k.type?`${k.type}: `:""}${k.message}${k.path.length>0?` (at ${k.path.join(".")})`:""}`).join("; "),E=w?.type==="FORBIDDEN",C=E?` \u2014 ${Pr(t)}`:"";throw new A(t,v,`${S}${C}`,{cause:d,permission:E?Gr(t):void 0})}a=f.data,u=f.errors}if(a===void 0)throw new A(t,void 0,"returned an answer without `data`");if(a===null)throw new A(t,void 0,"returned an answer whose `data` is null");return{data:F(t,s,a),errors:u}}var pe=(e,t)=>t.every((r,n)=>e.path[n]===r);var me=`
  fragment SprintMilestone on Milestone {
    number
    title
    description
    dueOn
    closedAt
    createdAt
    state
  }
`,Qo=g({number:I().int(),title:m(),description:m().nullable(),dueOn:m().nullable(),closedAt:m().nullable(),createdAt:m(),state:m()}),oe=M(Qo);function Jo(e){return{number:e.number,title:e.title,description:e.description,due_on:e.dueOn,closed_at:e.closedAt,created_at:e.createdAt,state:e.state==="OPEN"?"open":"closed"}}function fe(e){return{nodes:(e.nodes??[]).flatMap(t=>t?[Jo(t)]:[]),more:e.pageInfo.hasNextPage}}var ie=50,sn=25,ae=`
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
    labels(first: ${ie}) {
      nodes {
        name
      }
    }
    closingIssuesReferences(first: ${sn}) {
      nodes {
        number
        repository {
          nameWithOwner
        }
      }
    }
  }
`,ue=`
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
    labels(first: ${ie}) {
      nodes {
        name
      }
    }
    closedByPullRequestsReferences(first: ${sn}, includeClosedPrs: true) {
      nodes {
        number
        mergedAt
        repository {
          nameWithOwner
        }
      }
    }
  }
`,gt=`
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
`,yt=`
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
    $withRegister: Boolean!
    $registerLabels: [String!]
    $registerCursor: String
`,Ko=`
  query AlignmentSprintItems(
    $owner: String!
    $name: String!
    ${yt}
  ) {
    repository(owner: $owner, name: $name) {
      ${gt}
    }
  }
  ${ae}
  ${ue}
`,Me=g({nameWithOwner:m()}),on=g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),ke=g({number:I().int(),title:m(),url:m(),prState:m(),mergedAt:m().nullable(),closedAt:m().nullable(),updatedAt:m(),additions:I().int(),deletions:I().int(),body:m(),repository:Me,labels:on,closingIssuesReferences:g({nodes:O(g({number:I().int(),repository:Me}).nullable()).nullable()}).nullable()}),he=g({number:I().int(),title:m(),url:m(),issueState:m(),stateReason:m().nullable(),createdAt:m(),closedAt:m().nullable(),updatedAt:m(),body:m(),repository:Me,labels:on,closedByPullRequestsReferences:g({nodes:O(g({number:I().int(),mergedAt:m().nullable(),repository:Me}).nullable()).nullable()}).nullable()}),an=e=>(e?.nodes??[]).flatMap(t=>t?[t.name]:[]);function Se(e){let t=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed";return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:an(e.labels),body:e.body,...e.mergedAt===null?{}:{completedAt:e.mergedAt},updatedAt:e.updatedAt,state:t,closes:(e.closingIssuesReferences?.nodes??[]).flatMap(r=>r?[`${r.repository.nameWithOwner}#${r.number}`]:[]),additions:e.additions,deletions:e.deletions}}function ge(e){let t="open";return e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:an(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:t,closes:[],closedBy:(e.closedByPullRequestsReferences?.nodes??[]).flatMap(r=>r&&r.mergedAt!==null?[`${r.repository.nameWithOwner}#${r.number}`]:[])}}function ht(e,t,r,n){if(e===void 0)return;if(e===null)return{cursor:null,oldestUpdatedAt:null,...n===void 0?{}:{oldestCreatedAt:null}};let s=null,i=null;for(let u of e.nodes??[]){if(u===null){if(n!==void 0)continue;r.push(s===null?{kind:"redacted",repo:""}:{kind:"redacted",repo:"",completedAt:s,updatedAt:s});continue}s=u.updatedAt,n!==void 0&&(i=n(u)),r.push(t(u))}if(n!==void 0)return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:s,oldestCreatedAt:i};let a=r.find(u=>u.updatedAt!==void 0)?.updatedAt;for(let u=0;u<r.length;u+=1){let d=r[u];d?.kind==="redacted"&&d.completedAt===void 0&&a!==void 0&&(r[u]={kind:"redacted",repo:"",completedAt:a,updatedAt:a})}return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:s}}function bt(e){return g({mergedPullRequests:z(M(ke).nullable(),e.prs),closedIssues:z(M(he).nullable(),e.issues),openRegisterIssues:z(M(he).nullable(),e.register)})}function wt(e){let t=[],r=[],n=[],s=ht(e?.mergedPullRequests,Se,t),i=ht(e?.closedIssues,ge,r),a=ht(e?.openRegisterIssues,ge,n,u=>u.createdAt);return{items:[...t,...r,...n],prs:s,issues:i,register:a}}var _t=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="mergedPullRequests"||e.path[1]==="closedIssues"||e.path[1]==="openRegisterIssues")&&e.path[2]==="nodes";async function un(e,t,r){let s=`GraphQL query AlignmentSprintItems (${[r.prs===void 0?"":"merged PRs",r.issues===void 0?"":"closed issues",r.register===void 0?"":"open register issues"].filter(Boolean).join(" and ")} of ${t.owner}/${t.repo})`,i={prs:r.prs!==void 0,issues:r.issues!==void 0,register:r.register!==void 0},{data:a}=await x(e,s,Ko,{owner:t.owner,name:t.repo,withPrs:i.prs,prCursor:r.prs??null,withIssues:i.issues,issueCursor:r.issues??null,withRegister:i.register,registerLabels:r.register===void 0?null:[...r.register.labels],registerCursor:r.register?.cursor??null},g({repository:bt(i).nullable()}),_t);return wt(a.repository)}var Xo=`
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
    labels(first: ${ie}) {
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
    labels(first: ${ie}) {
      nodes {
        name
      }
    }
  }
  ${me}
`,ln=g({nameWithOwner:m()}),dn=g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),pn=g({login:m()}).nullable(),Yo=g({number:I().int(),title:m(),url:m(),body:m(),createdAt:m(),mergedAt:m().nullable(),closedAt:m().nullable(),prState:m(),isDraft:L(),author:pn,repository:ln,labels:dn}),Zo=g({number:I().int(),title:m(),url:m(),body:m(),createdAt:m(),closedAt:m().nullable(),issueState:m(),stateReason:m().nullable(),author:pn,repository:ln,labels:dn}),mn=e=>(e?.nodes??[]).flatMap(t=>t?[t.name]:[]);function ei(e){let t=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed",r=e.mergedAt??void 0;return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:mn(e.labels),body:e.body,createdAt:e.createdAt,...r===void 0?{}:{completedAt:r},state:t,author:e.author?.login??"ghost",draft:e.isDraft}}function ti(e){let t="open";return e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:mn(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null||t==="open"?{}:{completedAt:e.closedAt},state:t,author:e.author?.login??"ghost",draft:!1}}function ri(e){return g({repository:g({pullRequests:z(M(Yo),e.prs!==void 0),issues:z(M(Zo),e.issues!==void 0),milestones:z(oe,e.milestones===!0)}).nullable()})}function cn(e,t,r){if(e===void 0)return{stream:void 0,unreadable:0};let n=null,s=0;for(let i of e.nodes??[]){if(i===null){s+=1;continue}n=i.createdAt,r.push(t(i))}return{stream:{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestCreatedAt:n},unreadable:s}}var ni=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="pullRequests"||e.path[1]==="issues")&&e.path[2]==="nodes";async function fn(e,t,r){let s=`GraphQL query AlignmentAuditItems (${[r.prs===void 0?"":"PRs",r.issues===void 0?"":"issues",r.milestones===!0?"milestones":""].filter(Boolean).join(" and ")||"nothing"} of ${t.owner}/${t.repo})`,{data:i}=await x(e,s,Xo,{owner:t.owner,name:t.repo,withPrs:r.prs!==void 0,prCursor:r.prs??null,withIssues:r.issues!==void 0,issueCursor:r.issues??null,withMilestones:r.milestones===!0},ri(r),ni),a=i.repository;if(a===null)throw new A(s,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let u=[],d=cn(a.pullRequests,ei,u),f=cn(a.issues,ti,u);return{items:u,unreadable:d.unreadable+f.unreadable,prs:d.stream,issues:f.stream,milestones:a.milestones===void 0?void 0:fe(a.milestones)}}var si=50,hn=65535,oi=g({id:I().int()});async function gn(e,t){let r=`POST /repos/${t.owner}/${t.repo}/check-runs`,n=await B(r,()=>e.request("POST /repos/{owner}/{repo}/check-runs",{owner:t.owner,repo:t.repo,name:t.name,head_sha:t.headSha,status:"completed",conclusion:t.conclusion,...t.detailsUrl?{details_url:t.detailsUrl}:{},output:{title:ce(t.output.title,255),summary:ce(t.output.summary,hn),text:ce(t.output.text,hn),annotations:t.output.annotations.slice(0,si).map(s=>({path:s.path,start_line:s.line,end_line:s.line,annotation_level:s.level,title:ce(s.title,255),message:ce(s.message,64e3)}))}}));F(r,oi,n.data)}function ee(){return typeof navigator=="object"&&"userAgent"in navigator?navigator.userAgent:typeof process=="object"&&process.version!==void 0?`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`:"<environment undetectable>"}function qe(e,t,r,n){if(typeof r!="function")throw new Error("method for before hook must be a function");return n||(n={}),Array.isArray(t)?t.reverse().reduce((s,i)=>qe.bind(null,e,i,s,n),r)():Promise.resolve().then(()=>e.registry[t]?e.registry[t].reduce((s,i)=>i.hook.bind(null,s,n),r)():r(n))}function yn(e,t,r,n){let s=n;e.registry[r]||(e.registry[r]=[]),t==="before"&&(n=(i,a)=>Promise.resolve().then(s.bind(null,a)).then(i.bind(null,a))),t==="after"&&(n=(i,a)=>{let u;return Promise.resolve().then(i.bind(null,a)).then(d=>(u=d,s(u,a))).then(()=>u)}),t==="error"&&(n=(i,a)=>Promise.resolve().then(i.bind(null,a)).catch(u=>s(u,a))),e.registry[r].push({hook:n,orig:s})}function bn(e,t,r){if(!e.registry[t])return;let n=e.registry[t].map(s=>s.orig).indexOf(r);n!==-1&&e.registry[t].splice(n,1)}var wn=Function.bind,_n=wn.bind(wn);function En(e,t,r){let n=_n(bn,null).apply(null,r?[t,r]:[t]);e.api={remove:n},e.remove=n,["before","error","after","wrap"].forEach(s=>{let i=r?[t,s,r]:[t,s];e[s]=e.api[s]=_n(yn,null).apply(null,i)})}function ii(){let e=Symbol("Singular"),t={registry:{}},r=qe.bind(null,t,e);return En(r,t,e),r}function ai(){let e={registry:{}},t=qe.bind(null,e);return En(t,e),t}var Tn={Singular:ii,Collection:ai};var ui="0.0.0-development",ci=`octokit-endpoint.js/${ui} ${ee()}`,li={method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":ci},mediaType:{format:""}};function di(e){return e?Object.keys(e).reduce((t,r)=>(t[r.toLowerCase()]=e[r],t),{}):{}}function pi(e){if(typeof e!="object"||e===null||Object.prototype.toString.call(e)!=="[object Object]")return!1;let t=Object.getPrototypeOf(e);if(t===null)return!0;let r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r=="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}function Sn(e,t){let r=Object.assign({},e);return Object.keys(t).forEach(n=>{pi(t[n])?n in e?r[n]=Sn(e[n],t[n]):Object.assign(r,{[n]:t[n]}):Object.assign(r,{[n]:t[n]})}),r}function vn(e){for(let t in e)e[t]===void 0&&delete e[t];return e}function Tt(e,t,r){if(typeof t=="string"){let[s,i]=t.split(" ");r=Object.assign(i?{method:s,url:i}:{url:s},r)}else r=Object.assign({},t);r.headers=di(r.headers),vn(r),vn(r.headers);let n=Sn(e||{},r);return r.url==="/graphql"&&(e&&e.mediaType.previews?.length&&(n.mediaType.previews=e.mediaType.previews.filter(s=>!n.mediaType.previews.includes(s)).concat(n.mediaType.previews)),n.mediaType.previews=(n.mediaType.previews||[]).map(s=>s.replace(/-preview/,""))),n}function mi(e,t){let r=/\?/.test(e)?"&":"?",n=Object.keys(t);return n.length===0?e:e+r+n.map(s=>s==="q"?"q="+t.q.split("+").map(encodeURIComponent).join("+"):`${s}=${encodeURIComponent(t[s])}`).join("&")}var fi=/\{[^{}}]+\}/g;function hi(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function gi(e){let t=e.match(fi);return t?t.map(hi).reduce((r,n)=>r.concat(n),[]):[]}function kn(e,t){let r={__proto__:null};for(let n of Object.keys(e))t.indexOf(n)===-1&&(r[n]=e[n]);return r}function In(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(t){return/%[0-9A-Fa-f]/.test(t)||(t=encodeURI(t).replace(/%5B/g,"[").replace(/%5D/g,"]")),t}).join("")}function be(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(t){return"%"+t.charCodeAt(0).toString(16).toUpperCase()})}function Ie(e,t,r){return t=e==="+"||e==="#"?In(t):be(t),r?be(r)+"="+t:t}function ye(e){return e!=null}function Et(e){return e===";"||e==="&"||e==="?"}function yi(e,t,r,n){var s=e[r],i=[];if(ye(s)&&s!=="")if(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||typeof s=="boolean")s=s.toString(),n&&n!=="*"&&(s=s.substring(0,parseInt(n,10))),i.push(Ie(t,s,Et(t)?r:""));else if(n==="*")Array.isArray(s)?s.filter(ye).forEach(function(a){i.push(Ie(t,a,Et(t)?r:""))}):Object.keys(s).forEach(function(a){ye(s[a])&&i.push(Ie(t,s[a],a))});else{let a=[];Array.isArray(s)?s.filter(ye).forEach(function(u){a.push(Ie(t,u))}):Object.keys(s).forEach(function(u){ye(s[u])&&(a.push(be(u)),a.push(Ie(t,s[u].toString())))}),Et(t)?i.push(be(r)+"="+a.join(",")):a.length!==0&&i.push(a.join(","))}else t===";"?ye(s)&&i.push(be(r)):s===""&&(t==="&"||t==="?")?i.push(be(r)+"="):s===""&&i.push("");return i}function bi(e){return{expand:wi.bind(null,e)}}function wi(e,t){var r=["+","#",".","/",";","?","&"];return e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(n,s,i){if(s){let u="",d=[];if(r.indexOf(s.charAt(0))!==-1&&(u=s.charAt(0),s=s.substr(1)),s.split(/,/g).forEach(function(f){var y=/([^:\*]*)(?::(\d+)|(\*))?/.exec(f);d.push(yi(t,u,y[1],y[2]||y[3]))}),u&&u!=="+"){var a=",";return u==="?"?a="&":u!=="#"&&(a=u),(d.length!==0?u:"")+d.join(a)}else return d.join(",")}else return In(i)}),e==="/"?e:e.replace(/\/$/,"")}function $n(e){let t=e.method.toUpperCase(),r=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}"),n=Object.assign({},e.headers),s,i=kn(e,["method","baseUrl","url","headers","request","mediaType"]),a=gi(r);r=bi(r).expand(i),/^http/.test(r)||(r=e.baseUrl+r);let u=Object.keys(e).filter(y=>a.includes(y)).concat("baseUrl"),d=kn(i,u);if(!/application\/octet-stream/i.test(n.accept)&&(e.mediaType.format&&(n.accept=n.accept.split(/,/).map(y=>y.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")),r.endsWith("/graphql")&&e.mediaType.previews?.length)){let y=n.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];n.accept=y.concat(e.mediaType.previews).map(w=>{let v=e.mediaType.format?`.${e.mediaType.format}`:"+json";return`application/vnd.github.${w}-preview${v}`}).join(",")}return["GET","HEAD"].includes(t)?r=mi(r,d):"data"in d?s=d.data:Object.keys(d).length&&(s=d),!n["content-type"]&&typeof s<"u"&&(n["content-type"]="application/json; charset=utf-8"),["PATCH","PUT"].includes(t)&&typeof s>"u"&&(s=""),Object.assign({method:t,url:r,headers:n},typeof s<"u"?{body:s}:null,e.request?{request:e.request}:null)}function _i(e,t,r){return $n(Tt(e,t,r))}function Rn(e,t){let r=Tt(e,t),n=_i.bind(null,r);return Object.assign(n,{DEFAULTS:r,defaults:Rn.bind(null,r),merge:Tt.bind(null,r),parse:$n})}var On=Rn(null,li);var Vn=br(Nn(),1);var Ci=/^-?\d+$/,He=/^-?\d+n+$/,te=JSON.stringify,It=JSON.parse,Fn=/^-?\d+n$/,zn=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g,Ln=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g,$t=e=>e===void 0||typeof e=="function"||typeof e=="symbol",Rt=e=>e!==null&&typeof e=="object"&&e.constructor&&e.constructor.name==="RawJSON",ji=(e,t,r)=>{let n="";typeof r=="number"?n=" ".repeat(Math.min(10,Math.max(0,Math.floor(r)))):typeof r=="string"&&(n=r.slice(0,10));let s=typeof t=="function",i=Array.isArray(t)?new Set(t.map(String)):null,a=(E,C,k)=>(k!==null&&typeof k=="object"&&typeof k.toJSON=="function"&&(k=k.toJSON(C)),typeof k=="string"&&He.test(k)?k+"n":typeof k=="bigint"?"rawJSON"in JSON?JSON.rawJSON(k.toString()):k.toString()+"n":(s&&(k=t.call(E,C,k)),k!==null&&typeof k=="object"&&(k instanceof Number||k instanceof String||k instanceof Boolean)&&(k=k.valueOf()),k)),u=a({"":e},"",e);if($t(u))return;let d=u===null||typeof u!="object",f=Rt(u);if(d||f)return te(u);let y=[],w=0,v=[{parent:{"":u},key:"",val:u,isArray:Array.isArray(u),keys:Array.isArray(u)?null:Object.keys(u),index:0,first:!0}],S=new WeakSet([u]);for(;v.length>0;){let E=v[v.length-1];E.index===0&&(y.push(E.isArray?"[":"{"),w++);let C=!1;if(E.isArray)if(E.index<E.val.length){E.first||y.push(","),n&&y.push(`
`+n.repeat(w));let k=E.val[E.index],$=a(E.val,String(E.index),k);if($t($))y.push("null"),E.first=!1,E.index++;else{let W=$!==null&&typeof $=="object",V=Rt($);if(W&&!V){if(S.has($))throw new TypeError("Converting circular structure to JSON");S.add($),v.push({parent:E.val,key:String(E.index),val:$,isArray:Array.isArray($),keys:Array.isArray($)?null:Object.keys($),index:0,first:!0}),E.first=!1,E.index++}else y.push(te($)),E.first=!1,E.index++}}else C=!0;else{for(;E.index<E.keys.length;){let $=E.keys[E.index++];if(i&&!i.has($))continue;let V=E.val[$],P=a(E.val,$,V);if($t(P))continue;E.first||y.push(","),n?y.push(`
`+n.repeat(w)+te($)+": "):y.push(te($)+":");let Y=P!==null&&typeof P=="object",Q=Rt(P);if(Y&&!Q){if(S.has(P))throw new TypeError("Converting circular structure to JSON");S.add(P),v.push({parent:E.val,key:$,val:P,isArray:Array.isArray(P),keys:Array.isArray(P)?null:Object.keys(P),index:0,first:!0}),E.first=!1;break}else y.push(te(P)),E.first=!1}E.index>=E.keys.length&&v[v.length-1]===E&&(C=!0)}C&&(w--,!E.first&&n&&y.push(`
`+n.repeat(w)),y.push(E.isArray?"]":"}"),S.delete(E.val),v.pop())}return y.join("")},Mn=(e,t,r)=>{try{return"rawJSON"in JSON?te(e,(u,d)=>typeof d=="bigint"?JSON.rawJSON(d.toString()):typeof t=="function"?t(u,d):(Array.isArray(t)&&t.includes(u),d),r):e?te(e,(u,d)=>typeof d=="string"&&He.test(d)||typeof d=="bigint"?d.toString()+"n":typeof t=="function"?t(u,d):(Array.isArray(t)&&t.includes(u),d),r).replace(zn,"$1$2$3").replace(Ln,"$1$2$3"):te(e,t,r)}catch(n){if(n instanceof RangeError){let s=ji(e,t,r);return s===void 0?void 0:"rawJSON"in JSON?s:s.replace(zn,"$1$2$3").replace(Ln,"$1$2$3")}throw n}},We=new Map,xi=()=>{let e=JSON.parse.toString();if(We.has(e))return We.get(e);try{let t=JSON.parse("1",(r,n,s)=>!!s?.source&&s.source==="1");return We.set(e,t),t}catch{return We.set(e,!1),!1}},Gi=(e,t,r,n)=>typeof t=="string"&&Fn.test(t)?BigInt(t.slice(0,-1)):typeof t=="string"&&He.test(t)?t.slice(0,-1):typeof n=="function"?n(e,t,r):t,Pi=(e,t)=>JSON.parse(e,(r,n,s)=>{let i=typeof n=="number",a=n>Number.MAX_SAFE_INTEGER||n<Number.MIN_SAFE_INTEGER,u=i&&a,d=s&&Ci.test(s.source);return u&&d?BigInt(s.source):typeof t=="function"?t(r,n,s):n}),qn=Number.MAX_SAFE_INTEGER.toString(),Dn=qn.length,Ni=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g,zi=/^"-?\d+n+"$/,Li=(e,t)=>{let r={"":e},n=[{parent:r,key:"",visited:!1}];for(;n.length>0;){let s=n[n.length-1];if(s.visited){let{parent:i,key:a}=s,u=i[a];typeof u=="string"&&(Fn.test(u)?u=BigInt(u.slice(0,-1)):He.test(u)&&(u=u.slice(0,-1))),typeof t=="function"&&(u=t.call(i,a,u)),u===void 0?delete i[a]:i[a]=u,n.pop()}else{s.visited=!0;let i=s.parent[s.key];if(i!==null&&typeof i=="object"){let u=Object.keys(i);for(let d=u.length-1;d>=0;d--)n.push({parent:i,key:u[d],visited:!1})}}}return r[""]},Un=e=>e.replace(Ni,(t,r,n,s)=>{let i=t[0]==='"';if(i&&zi.test(t))return t.substring(0,t.length-1)+'n"';let u=n||s,d=r&&(r.length<Dn||r.length===Dn&&r<=qn);return i||u||d?t:'"'+t+'n"'}),Bn=(e,t)=>{if(!e)return It(e,t);try{if(xi())return Pi(e,t);let r=Un(e);return It(r,(n,s,i)=>Gi(n,s,i,t))}catch(r){if(r instanceof RangeError){let n=Un(e),s=It(n);return Li(s,t)}throw r}};var J=class extends Error{name;status;request;response;constructor(t,r,n){super(t,{cause:n.cause}),this.name="HttpError",this.status=Number.parseInt(r),Number.isNaN(this.status)&&(this.status=0);"response"in n&&(this.response=n.response);let s=Object.assign({},n.request);n.request.headers.authorization&&(s.headers=Object.assign({},n.request.headers,{authorization:n.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})),s.url=s.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]"),this.request=s}};var Di="10.0.16",Ui={headers:{"user-agent":`octokit-request.js/${Di} ${ee()}`}};function Fi(e){if(typeof e!="object"||e===null||Object.prototype.toString.call(e)!=="[object Object]")return!1;let t=Object.getPrototypeOf(e);if(t===null)return!0;let r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r=="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}var Wn=()=>"";async function Hn(e){let t=e.request?.fetch||globalThis.fetch;if(!t)throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");let r=e.request?.log||console,n=e.request?.parseSuccessResponseBody!==!1,s=Fi(e.body)||Array.isArray(e.body)?Mn(e.body):e.body,i=Object.fromEntries(Object.entries(e.headers).map(([w,v])=>[w,String(v)])),a;try{a=await t(e.url,{method:e.method,body:s,redirect:e.request?.redirect,headers:i,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(w){let v="Unknown Error";if(w instanceof Error){if(w.name==="AbortError")throw w.status=500,w;v=w.message,w.name==="TypeError"&&"cause"in w&&(w.cause instanceof Error?v=w.cause.message:typeof w.cause=="string"&&(v=w.cause))}let S=new J(v,500,{request:e});throw S.cause=w,S}let u=a.status,d=a.url,f={};for(let[w,v]of a.headers)f[w]=v;let y={url:d,status:u,headers:f,data:""};if("deprecation"in f){let w=f.link&&f.link.match(/<([^<>]+)>; rel="deprecation"/),v=w&&w.pop();r.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${f.sunset}${v?`. See ${v}`:""}`)}if(u===204||u===205)return y;if(e.method==="HEAD"){if(u<400)return y;throw new J(a.statusText,u,{response:y,request:e})}if(u===304)throw y.data=await Ot(a),new J("Not modified",u,{response:y,request:e});if(u>=400)throw y.data=await Ot(a),new J(qi(y.data),u,{response:y,request:e});return y.data=n?await Ot(a):a.body,y}async function Ot(e){let t=e.headers.get("content-type");if(!t)return e.text().catch(Wn);let r=(0,Vn.parse)(t);if(Mi(r)){let n="";try{return n=await e.text(),Bn(n)}catch{return n}}else return r.type.startsWith("text/")||r.parameters.charset?.toLowerCase()==="utf-8"&&r.type!=="application/octet-stream"?e.text().catch(Wn):e.arrayBuffer().catch(()=>new ArrayBuffer(0))}function Mi(e){return e.type==="application/json"||e.type==="application/scim+json"}function qi(e){if(typeof e=="string")return e;if(e instanceof ArrayBuffer)return"Unknown error";if(typeof e=="object"&&e!==null&&"message"in e){let t=e,r="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(n=>JSON.stringify(n)).join(", ")}${r}`:`${t.message}${r}`}return`Unknown error: ${JSON.stringify(e)}`}function At(e,t){let r=e.defaults(t);return Object.assign(function(s,i){let a=r.merge(s,i);if(!a.request||!a.request.hook)return Hn(r.parse(a));let u=(d,f)=>Hn(r.parse(r.merge(d,f)));return Object.assign(u,{endpoint:r,defaults:At.bind(null,r)}),a.request.hook(u,a)},{endpoint:r,defaults:At.bind(null,r)})}var $e=At(On,Ui);var Bi="0.0.0-development";function Wi(e){return`Request failed due to following response errors:
`+e.errors.map(t=>` - ${t.message}`).join(`
`)}var Hi=class extends Error{constructor(e,t,r){super(Wi(r)),this.request=e,this.headers=t,this.response=r,this.errors=r.errors,this.data=r.data,Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}request;headers;response;name="GraphqlResponseError";errors;data},Vi=["method","baseUrl","url","headers","request","query","mediaType","operationName"],Qi=["query","method","url"],Qn=/\/api\/v3\/?$/;function Ji(e,t,r){if(r){if(typeof t=="string"&&"query"in r)return Promise.reject(new Error('[@octokit/graphql] "query" cannot be used as variable name'));for(let a in r)if(Qi.includes(a))return Promise.reject(new Error(`[@octokit/graphql] "${a}" cannot be used as variable name`))}let n=typeof t=="string"?Object.assign({query:t},r):t,s=Object.keys(n).reduce((a,u)=>Vi.includes(u)?(a[u]=n[u],a):(a.variables||(a.variables={}),a.variables[u]=n[u],a),{}),i=n.baseUrl||e.endpoint.DEFAULTS.baseUrl;return Qn.test(i)&&(s.url=i.replace(Qn,"/api/graphql")),e(s).then(a=>{if(a.data.errors){let u={};for(let d of Object.keys(a.headers))u[d]=a.headers[d];throw new Hi(s,u,a.data)}return a.data.data})}function Ct(e,t){let r=e.defaults(t);return Object.assign((s,i)=>Ji(r,s,i),{defaults:Ct.bind(null,r),endpoint:r.endpoint})}var ol=Ct($e,{headers:{"user-agent":`octokit-graphql.js/${Bi} ${ee()}`},method:"POST",url:"/graphql"});function Jn(e){return Ct(e,{method:"POST",url:"/graphql"})}var jt="(?:[a-zA-Z0-9_-]+)",Kn="\\.",Xn=new RegExp(`^${jt}${Kn}${jt}${Kn}${jt}$`),Ki=Xn.test.bind(Xn);async function Xi(e){let t=Ki(e),r=e.startsWith("v1.")||e.startsWith("ghs_"),n=e.startsWith("ghu_");return{type:"token",token:e,tokenType:t?"app":r?"installation":n?"user-to-server":"oauth"}}function Yi(e){return e.split(/\./).length===3?`bearer ${e}`:`token ${e}`}async function Zi(e,t,r,n){let s=t.endpoint.merge(r,n);return s.headers.authorization=Yi(e),t(s)}var Yn=function(t){if(!t)throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");if(typeof t!="string")throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");return t=t.replace(/^(token|bearer) +/i,""),Object.assign(Xi.bind(null,t),{hook:Zi.bind(null,t)})};var xt="7.0.8";var Zn=()=>{},ea=console.warn.bind(console),ta=console.error.bind(console);function ra(e={}){return typeof e.debug!="function"&&(e.debug=Zn),typeof e.info!="function"&&(e.info=Zn),typeof e.warn!="function"&&(e.warn=ea),typeof e.error!="function"&&(e.error=ta),e}var es=`octokit-core.js/${xt} ${ee()}`,Ve=class{static VERSION=xt;static defaults(t){return class extends this{constructor(...n){let s=n[0]||{};if(typeof t=="function"){super(t(s));return}super(Object.assign({},t,s,s.userAgent&&t.userAgent?{userAgent:`${s.userAgent} ${t.userAgent}`}:null))}}}static plugins=[];static plugin(...t){let r=this.plugins;return class extends this{static plugins=r.concat(t.filter(s=>!r.includes(s)))}}constructor(t={}){let r=new Tn.Collection,n={baseUrl:$e.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},t.request,{hook:r.bind(null,"request")}),mediaType:{previews:[],format:""}};if(n.headers["user-agent"]=t.userAgent?`${t.userAgent} ${es}`:es,t.baseUrl&&(n.baseUrl=t.baseUrl),t.previews&&(n.mediaType.previews=t.previews),t.timeZone&&(n.headers["time-zone"]=t.timeZone),this.request=$e.defaults(n),this.graphql=Jn(this.request).defaults(n),this.log=ra(t.log),this.hook=r,t.authStrategy){let{authStrategy:i,...a}=t,u=i(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:a},t.auth));r.wrap("request",u.hook),this.auth=u}else if(!t.auth)this.auth=async()=>({type:"unauthenticated"});else{let i=Yn(t.auth);r.wrap("request",i.hook),this.auth=i}let s=this.constructor;for(let i=0;i<s.plugins.length;++i)Object.assign(this,s.plugins[i](this,t))}request;graphql;log;hook;auth};var na="0.0.0-development";function sa(e){if(!e.data)return{...e,data:[]};if(!(("total_count"in e.data||"total_commits"in e.data)&&!("url"in e.data)))return e;let r=e.data.incomplete_results,n=e.data.repository_selection,s=e.data.total_count,i=e.data.total_commits;delete e.data.incomplete_results,delete e.data.repository_selection,delete e.data.total_count,delete e.data.total_commits;let a=Object.keys(e.data)[0],u=e.data[a];return e.data=u,typeof r<"u"&&(e.data.incomplete_results=r),typeof n<"u"&&(e.data.repository_selection=n),e.data.total_count=s,e.data.total_commits=i,e}function Gt(e,t,r){let n=typeof t=="function"?t.endpoint(r):e.request.endpoint(t,r),s=typeof t=="function"?t:e.request,i=n.method,a=n.headers,u=n.url;return{[Symbol.asyncIterator]:()=>({async next(){if(!u)return{done:!0};try{let d=await s({method:i,url:u,headers:a}),f=sa(d);if(u=((f.headers.link||"").match(/<([^<>]+)>;\s*rel="next"/)||[])[1],!u&&"total_commits"in f.data){let y=new URL(f.url),w=y.searchParams,v=parseInt(w.get("page")||"1",10),S=parseInt(w.get("per_page")||"250",10);v*S<f.data.total_commits&&(w.set("page",String(v+1)),u=y.toString())}return{value:f}}catch(d){if(d.status!==409)throw d;return u="",{value:{status:200,headers:{},data:[]}}}}})}}function ts(e,t,r,n){return typeof r=="function"&&(n=r,r=void 0),rs(e,[],Gt(e,t,r)[Symbol.asyncIterator](),n)}function rs(e,t,r,n){return r.next().then(s=>{if(s.done)return t;let i=!1;function a(){i=!0}return t=t.concat(n?n(s.value,a):s.value.data),i?t:rs(e,t,r,n)})}var wl=Object.assign(ts,{iterator:Gt});function Pt(e){return{paginate:Object.assign(ts.bind(null,e),{iterator:Gt.bind(null,e)})}}Pt.VERSION=na;var os=br(ns(),1);var oa="0.0.0-development";function ia(e){return e.request!==void 0}async function ss(e,t,r,n){if(!ia(r)||!r?.request.request)throw r;if(r.status>=400&&!e.doNotRetry.includes(r.status)){let s=n.request.retries!=null?n.request.retries:e.retries,i=Math.pow((n.request.retryCount||0)+1,2);throw t.retry.retryRequest(r,s,i)}throw r}async function aa(e,t,r,n){let s=new os.default;return s.on("failed",function(i,a){let u=~~i.request.request?.retries,d=~~i.request.request?.retryAfter;if(n.request.retryCount=a.retryCount+1,u>a.retryCount)return d*e.retryAfterBaseValue}),s.schedule(ua.bind(null,e,t,r),n)}async function ua(e,t,r,n){let s=await r(n);if(s.data&&s.data.errors&&s.data.errors.length>0&&/Something went wrong while executing your query/.test(s.data.errors[0].message)){let i=new J(s.data.errors[0].message,500,{request:n,response:s});return ss(e,t,i,n)}return s}function Lt(e,t){let r=Object.assign({enabled:!0,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry),n={retry:{retryRequest:(s,i,a)=>(s.request.request=Object.assign({},s.request.request,{retries:i,retryAfter:a}),s)}};return r.enabled&&(e.hook.error("request",ss.bind(null,r,n)),e.hook.wrap("request",aa.bind(null,r,n))),n}Lt.VERSION=oa;import{Agent as ca,request as la}from"node:http";var da=3e4,is=5,Dt=class{#e;constructor(t){this.#e=new Map;for(let r=0;r+1<t.length;r+=2){let n=(t[r]??"").toLowerCase(),s=t[r+1]??"",i=this.#e.get(n);this.#e.set(n,i===void 0?s:`${i}, ${s}`)}}get(t){return this.#e.get(t.toLowerCase())??null}has(t){return this.#e.has(t.toLowerCase())}[Symbol.iterator](){return[...this.#e.entries()].sort(([t],[r])=>t<r?-1:t>r?1:0)[Symbol.iterator]()}},pa,as;async function ma(e){if(e.protocol==="http:")return{request:la,agent:pa??=new ca({keepAlive:!0})};if(e.protocol==="https:")return as??=import("node:https").then(t=>({request:t.request,agent:new t.Agent({keepAlive:!0})})),as;throw new TypeError("fetch failed",{cause:new Error(`unsupported protocol ${e.protocol}`)})}function re(e){return new TypeError("fetch failed",{cause:e})}function fa(e){let t=e.reason;if(t instanceof Error)return t;let r=new Error("This operation was aborted");return r.name="AbortError",r}function ha(e){return e===void 0?{}:Symbol.iterator in e?Object.fromEntries(e):{...e}}async function ga(e,t){let r=t?.trim().toLowerCase();if(r===void 0||r===""||r==="identity")return e;let n=await import("node:zlib"),{promisify:s}=await import("node:util");if(r==="gzip"||r==="x-gzip")return s(n.gunzip)(e);if(r==="deflate")return s(n.inflate)(e).catch(()=>s(n.inflateRaw)(e));if(r==="br")return s(n.brotliDecompress)(e);throw re(new Error(`unsupported content-encoding ${r}`))}function ya(e,t,r,n){let s=t.statusCode??0,i=()=>r.buffer.slice(r.byteOffset,r.byteOffset+r.byteLength);return{ok:s>=200&&s<300,status:s,statusText:t.statusMessage??"",url:e.href,redirected:n,headers:new Dt(t.rawHeaders),body:null,text:async()=>r.toString("utf8"),json:async()=>JSON.parse(r.toString("utf8")),arrayBuffer:async()=>i()}}async function ba(e,t,r,n,s){let i=await ma(e);return new Promise((a,u)=>{let d=!1,f=(S,E)=>{d||(d=!0,clearTimeout(w),s?.removeEventListener("abort",y),S!==void 0?(v.destroy(),u(S)):E!==void 0&&a(E))},y=()=>f(s===void 0?re(new Error("aborted")):fa(s)),w=setTimeout(()=>f(re(new Error(`no complete answer from ${e.host} within ${n/1e3} s`))),n),v=i.request(e,{...t,agent:i.agent},S=>{let E=[];S.on("data",C=>E.push(C)),S.on("error",C=>f(re(C))),S.on("aborted",()=>f(re(new Error("the connection closed before the answer was complete")))),S.on("end",()=>{S.complete?f(void 0,{message:S,bytes:Buffer.concat(E)}):f(re(new Error("the connection closed before the answer was complete")))})});if(v.on("error",S=>f(re(S))),s?.aborted)return y();s?.addEventListener("abort",y,{once:!0}),v.end(r)})}var wa=new Set([301,302,303,307,308]);function us(e={}){let t=e.timeoutMs??da;return async(r,n={})=>{let s=new URL(String(r)),i=(n.method??"GET").toUpperCase(),a=ha(n.headers),u=n.body??void 0,d=n.signal??void 0;for(let f=0;;f+=1){let{message:y,bytes:w}=await ba(s,{method:i,headers:a},u,t,d),v=y.statusCode??0,S=y.headers.location;if(!wa.has(v)||S===void 0||n.redirect==="manual")return ya(s,y,await ga(w,y.headers["content-encoding"]??null),f>0);if(n.redirect==="error"||f>=is)throw re(new Error(`redirected more than ${n.redirect==="error"?0:is} times, last to ${S}`));let E=new URL(S,s);E.origin!==s.origin&&(a=Object.fromEntries(Object.entries(a).filter(([C])=>C.toLowerCase()!=="authorization"))),(v===303||(v===301||v===302)&&i==="POST")&&(i=i==="HEAD"?"HEAD":"GET",u=void 0,a=Object.fromEntries(Object.entries(a).filter(([C])=>!/^content-(?:type|length)$/iu.test(C)))),s=E}}}var _a=Ve.plugin(Pt,Lt),Ea=2,Ta="https://api.github.com";function va(e){let t;return async(r,n)=>(t??=import("./chunks/proxy-fetch-R6ND3VQY.js").then(s=>s.proxyFetch(e)),(await t)(r,n))}function ka(e){let t=e.ACTIONS_ORCHESTRATION_ID?.trim();return t?`alignment-check actions_orchestration_id/${t.replace(/[^a-z0-9_.-]/giu,"_")}`:"alignment-check"}function cs(e){let t=e.env??process.env,r=e.baseUrl??Ta,n=["https_proxy","HTTPS_PROXY","http_proxy","HTTP_PROXY"].some(i=>(t[i]??"")!==""),s=new _a({auth:`token ${e.token}`,baseUrl:r,userAgent:ka(t),request:{fetch:n?va(r):us(e.timeoutMs===void 0?{}:{timeoutMs:e.timeoutMs})},retry:{doNotRetry:[400,401,403,404,410,422,429,451],retries:Ea}});return jr(s,{log:e.log}),nn(s),s}var Re=100,Ut=`
  fragment AlignmentComment on IssueComment {
    id
    databaseId
    body
    author {
      login
    }
    isMinimized
  }
`,ls=`
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
        firstComments: comments(first: ${Re}) {
          totalCount
          nodes {
            ...AlignmentComment
          }
        }
        lastComments: comments(last: ${Re}) {
          nodes {
            ...AlignmentComment
          }
        }
`,Sa=`
  query AlignmentCheck($owner: String!, $name: String!, $number: Int!, $isPr: Boolean!, $config: String!) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) @include(if: $isPr) {
        ${ls}
        isDraft
        headRefOid
        baseRefName
      }
      issue(number: $number) @skip(if: $isPr) {
        ${ls}
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
  ${Ut}
`,Qe=g({id:m(),databaseId:I().int().nullable(),body:m(),author:g({login:m()}).nullable(),isMinimized:L()}),ds=g({nodes:O(Qe.nullable()).nullable()}),ps=g({id:m(),number:I().int(),title:m(),body:m().nullable(),author:g({login:m(),__typename:m()}).nullable(),labels:g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),firstComments:ds.extend({totalCount:I().int()}),lastComments:ds,isDraft:L().optional(),headRefOid:m().optional(),baseRefName:m().optional()}),Ia=g({viewer:g({login:m()}),repository:g({pullRequest:ps.nullable().optional(),issue:ps.nullable().optional(),config:g({__typename:m(),text:m().nullable().optional(),isBinary:L().nullable().optional(),isTruncated:L().optional(),byteSize:I().int().optional()}).nullable()}).nullable()});function we(e){return(e??[]).flatMap(t=>t&&t.databaseId!==null?[{id:t.databaseId,nodeId:t.id,body:t.body,author:t.author?.login??"ghost",minimized:t.isMinimized}]:[])}function Ft(e,t){let r=new Set(e.map(n=>n.id));return[...e,...t.filter(n=>!r.has(n.id))]}function $a(e,t){return e==null?{found:!1}:e.__typename!=="Blob"?{found:!0,text:void 0,problem:`${t} is a ${e.__typename==="Tree"?"directory":e.__typename}, expected a file`}:e.isBinary===!0?{found:!0,text:void 0,problem:`${t} is not a text file`}:e.isTruncated===!0||e.text===null||e.text===void 0?{found:!0,text:void 0,problem:void 0}:{found:!0,text:e.text,problem:void 0}}async function ms(e,t,r){let n=`GraphQL query AlignmentCheck (${t.kind==="pr"?"pull request":"issue"} ${t.owner}/${t.repo}#${t.number})`,s=`${r.ref??"HEAD"}:${r.path.replace(/^\.?\/+/u,"")}`,{data:i}=await x(e,n,Sa,{owner:t.owner,name:t.repo,number:t.number,isPr:t.kind==="pr",config:s},Ia),a=t.kind==="pr"?i.repository?.pullRequest:i.repository?.issue;if(i.repository===null)throw new A(n,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);if(!a)throw new A(n,404,"not found, or the token cannot see it");let u=we(a.firstComments.nodes),d=Ft(u,we(a.lastComments.nodes));return{viewer:i.viewer.login,subject:{kind:t.kind,nodeId:a.id,number:a.number,title:a.title,body:a.body??"",labels:(a.labels?.nodes??[]).flatMap(f=>f?[f.name]:[]),author:{login:a.author?.login??"ghost",isBot:a.author?.__typename==="Bot"},draft:a.isDraft===!0,headSha:a.headRefOid,baseRef:a.baseRefName},comments:d,allComments:a.firstComments.totalCount<=d.length,config:$a(i.repository.config,r.path)}}var Ra=g({id:I().int(),node_id:m(),body:m().nullable().optional(),user:g({login:m()}).nullable()});async function gs(e,t){let r=`GET /repos/${t.owner}/${t.repo}/issues/${t.number}/comments`,n=await B(r,()=>e.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t.owner,repo:t.repo,issue_number:t.number,per_page:100}));return F(r,O(Ra),n).map(s=>({id:s.id,nodeId:s.node_id,body:s.body??"",author:s.user?.login??""}))}var Oa=g({id:I().int()});async function ys(e,t,r,n){let s=`PATCH /repos/${t.owner}/${t.repo}/issues/comments/${r}`,i=await B(s,()=>e.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:t.owner,repo:t.repo,comment_id:r,body:n}));F(s,Oa,i.data)}var fs=`
          firstComments: comments(first: ${Re}) {
            nodes {
              ...AlignmentComment
            }
          }
          lastComments: comments(last: ${Re}) {
            nodes {
              ...AlignmentComment
            }
          }
`,Aa=`
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
          ${fs}
        }
        ... on PullRequest {
          ${fs}
        }
      }
    }
  }
  ${Ut}
`,hs=g({nodes:O(Qe.nullable()).nullable()}),Ca=g({addComment:g({commentEdge:g({node:Qe}),subject:g({__typename:m(),firstComments:hs.optional(),lastComments:hs.optional()})})});async function bs(e,t,r,n){let s=`GraphQL mutation AlignmentAddComment (${t.kind==="pr"?"pull request":"issue"} ${t.owner}/${t.repo}#${t.number})`,i=(await x(e,s,Aa,{subjectId:r,body:n},Ca)).data.addComment,[a]=we([i.commentEdge.node]);if(a===void 0)return{created:{id:0,body:n,author:""},thread:[]};let u=Ft(we(i.subject.firstComments?.nodes??null),we(i.subject.lastComments?.nodes??null));return{created:a,thread:u}}var ja=`
  mutation AlignmentDeleteComment($id: ID!) {
    deleteIssueComment(input: { id: $id }) {
      clientMutationId
    }
  }
`,xa=g({deleteIssueComment:g({clientMutationId:m().nullable()})});async function ws(e,t,r){let n=`GraphQL mutation AlignmentDeleteComment (comment ${r.id} in ${t.owner}/${t.repo})`;r.nodeId!==void 0&&await x(e,n,ja,{id:r.nodeId},xa)}var Ga=`
  mutation AlignmentMinimizeComment($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
      minimizedComment {
        isMinimized
      }
    }
  }
`,Pa=`
  mutation AlignmentUnminimizeComment($id: ID!) {
    unminimizeComment(input: { subjectId: $id }) {
      unminimizedComment {
        isMinimized
      }
    }
  }
`,_s=g({isMinimized:L()}).nullable(),Na=g({minimizeComment:g({minimizedComment:_s})}),za=g({unminimizeComment:g({unminimizedComment:_s})});async function Es(e,t,r,n){let i=`GraphQL mutation ${n?"AlignmentMinimizeComment":"AlignmentUnminimizeComment"} (comment ${r.id} in ${t.owner}/${t.repo})`;r.nodeId!==void 0&&(n?await x(e,i,Ga,{id:r.nodeId},Na):await x(e,i,Pa,{id:r.nodeId},za))}var La=g({type:m(),content:m().optional()});async function Ts(e,t,r,n){let s=`GET /repos/${t.owner}/${t.repo}/contents/${r}${n?`?ref=${n}`:""}`;try{let a=(await B(s,()=>e.request("GET /repos/{owner}/{repo}/contents/{path}",{owner:t.owner,repo:t.repo,path:r,...n?{ref:n}:{}}))).data;if(Array.isArray(a))throw new A(s,void 0,`${r} is a directory, expected a file`);let u=F(s,La,a);if(u.type!=="file")throw new A(s,void 0,`${r} is a ${u.type}, expected a file`);if(u.content===void 0)throw new A(s,void 0,`${r} has no content in the answer (larger than 1 MB?)`);return new Uint8Array(Buffer.from(u.content,"base64"))}catch(i){if(i instanceof A&&i.isNotFound)return;throw i}}var Da=g({pull_request:g({}).nullable().optional(),labels:O(je([m(),g({name:m().optional()})]))});async function vs(e,t,r){let n=`GET /repos/${t.owner}/${t.repo}/issues/${r}`;try{let s=await B(n,()=>e.request("GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t.owner,repo:t.repo,issue_number:r})),i=F(n,Da,s.data);return{exists:!0,isPullRequest:i.pull_request!==void 0&&i.pull_request!==null,labels:i.labels.map(a=>typeof a=="string"?a:a.name??"").filter(Boolean)}}catch(s){if(s instanceof A&&(s.isNotFound||s.status===410))return{exists:!1,isPullRequest:!1,labels:[]};throw s}}var Mt=`
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
`,ks="id title startDate duration",Is=`
  projectOwner: repositoryOwner(login: $projectOwner) @include(if: $withProject) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $projectNumber) {
        title
        field(name: $iterationField) {
          __typename
          ... on ProjectV2IterationField {
            configuration {
              iterations { ${ks} }
              completedIterations { ${ks} }
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
`,Ua=`
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
  ${Mt}
  ${ae}
  ${ue}
`,Fa=xe("__typename",[ke.extend({__typename:se("PullRequest")}),he.extend({__typename:se("Issue")}),g({__typename:se("DraftIssue")})]),Ma=g({type:m(),isArchived:L(),iteration:g({__typename:m(),iterationId:m().optional()}).nullable(),points:g({__typename:m(),number:I().nullable().optional()}).nullable().optional(),content:Fa.nullable()}),qa=M(Ma),Ss=g({id:m(),title:m(),startDate:m(),duration:I().int()});function Ba(e){return g({title:z(m(),e),field:z(g({__typename:m(),configuration:g({iterations:O(Ss),completedIterations:O(Ss)}).optional()}).nullable(),e),items:qa})}function qt(e,t){return z(g({__typename:m(),projectV2:Ba(t).nullable().optional()}).nullable(),e)}function Bt(e,t=null){return{withProject:e!==void 0,projectOwner:e?.owner??"",projectNumber:e?.number??0,projectCursor:t,iterationField:e?.field??"",pointsField:e?.points??"",withPoints:e?.points!==void 0}}function $s(e){let t=[],r=0,n=0;for(let s of e.nodes??[]){if(s===null){n+=1;continue}let i=s.iteration?.__typename==="ProjectV2ItemFieldIterationValue"?s.iteration.iterationId:void 0,a=s.points?.__typename==="ProjectV2ItemFieldNumberValue"?s.points.number??void 0:void 0,u={...i===void 0?{}:{iteration:i},...a==null?{}:{points:a}},d=s.content;if(s.type==="REDACTED"||d===null){s.type==="DRAFT_ISSUE"?r+=1:t.push({kind:"redacted",repo:"",...i===void 0?{}:{iteration:i}});continue}d.__typename==="PullRequest"?t.push({...Se(d),...u}):d.__typename==="Issue"?t.push({...ge(d),...u}):r+=1}return{items:t,drafts:r,unreadable:n,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}function Wa(e,t){return new A(`GraphQL read of project ${e.owner}/${e.number}`,403,`${t} \u2014 reading a Projects (v2) project needs a token with project read access: a personal access token (classic: read:project; fine-grained: Projects read-only on the organisation) or a GitHub App installation token with Projects read permission, passed as the github-token input (or GITHUB_TOKEN for the CLI). The workflow's own GITHUB_TOKEN cannot read projects.`)}var Rs=e=>e.path[0]==="projectOwner",Ha=e=>e.path[0]==="projectOwner"&&e.path[2]==="items"&&e.path[3]==="nodes"&&e.path.length>=5;function Wt(e,t,r){let n=r.find(i=>Rs(i)&&!Ha(i));if(t.projectOwner===null&&n===void 0)throw new A(`GraphQL read of project ${e.owner}/${e.number}`,404,`no user or organisation named "${e.owner}" (sprints.iteration.owner)`);let s=t.projectOwner?.projectV2;if(n!==void 0||s===null||s===void 0){let i=n?.message??`project ${e.number} of ${e.owner} was not found, or this token cannot see it`;throw Wa(e,i)}return s}function Os(e,t){let r=t.field;if(r==null||r.__typename!=="ProjectV2IterationField"||r.configuration===void 0)throw new A(`GraphQL read of project ${e.owner}/${e.number}`,void 0,r==null?`the project has no field named "${e.field}" (sprints.iteration.field)`:`the field "${e.field}" is a ${r.__typename.replace(/^ProjectV2/,"")}, not an iteration field (sprints.iteration.field)`);let n=[...r.configuration.iterations,...r.configuration.completedIterations].map(s=>({id:s.id,title:s.title,startDate:s.startDate,duration:s.duration}));return{title:t.title??"",iterations:n,...$s(t.items)}}async function As(e,t,r){let n=`GraphQL query AlignmentSprintProjectItems (project ${t.owner}/${t.number})`,s=Bt(t,r);delete s.withProject;let{data:i,errors:a}=await x(e,n,Ua,s,g({projectOwner:qt(!0,!1)}),Rs),u=Wt(t,i,a);return $s(u.items)}var Va=100,Qa=10,Je=`
  fragment SprintTrackingIssue on Issue {
    id
    number
    title
    state
    comments(last: ${Va}) {
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
`,Ke=`
    trackingIssue: issue(number: $trackingNumber) @include(if: $trackingByNumber) {
      ...SprintTrackingIssue
    }
    trackingIssues: issues(
      labels: [$trackingLabel]
      states: [OPEN]
      first: ${Qa}
      orderBy: { field: CREATED_AT, direction: ASC }
    ) @include(if: $trackingByLabel) {
      nodes {
        ...SprintTrackingIssue
      }
    }
`,ne=g({id:m(),number:I().int(),title:m(),state:m(),comments:g({pageInfo:g({hasPreviousPage:L()}),nodes:O(g({id:m(),fullDatabaseId:je([m(),I()]).nullable(),body:m(),author:g({login:m()}).nullable()}).nullable()).nullable()})});function Xe(e){let t=[];for(let r of e.comments.nodes??[]){if(r===null||r.fullDatabaseId===null)continue;let n=Number(r.fullDatabaseId);Number.isSafeInteger(n)&&t.push({id:n,nodeId:r.id,body:r.body,author:r.author?.login??""})}return{nodeId:e.id,number:e.number,title:e.title,open:e.state==="OPEN",comments:t,moreComments:e.comments.pageInfo.hasPreviousPage}}var Ja=g({number:I().int(),node_id:m()});async function Cs(e,t,r){let n=`POST /repos/${t.owner}/${t.repo}/issues`,s=await B(n,()=>e.request("POST /repos/{owner}/{repo}/issues",{owner:t.owner,repo:t.repo,title:r.title,body:r.body,labels:[...r.labels]})),i=F(n,Ja,s.data);return{number:i.number,nodeId:i.node_id}}var Ka=`
  query AlignmentSprintContext(
    $owner: String!
    $name: String!
    $withMilestones: Boolean!
    ${yt}
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
      ${gt}
      ${Ke}
    }
    ${Is}
  }
  ${me}
  ${ae}
  ${ue}
  ${Je}
  ${Mt}
`,js=e=>e.tracking!==void 0&&"number"in e.tracking,xs=e=>e.tracking!==void 0&&"label"in e.tracking,Ye=e=>(e.registerLabels?.length??0)>0;function Xa(e){return g({viewer:g({login:m()}),repository:bt({prs:e.items,issues:e.items,register:Ye(e)}).extend({milestones:z(oe.nullable(),e.milestones),trackingIssue:z(ne.nullable(),js(e)),trackingIssues:z(g({nodes:O(ne.nullable()).nullable()}).nullable(),xs(e))}).nullable(),projectOwner:qt(e.project!==void 0,!0)})}function Ya(e){return _t(e)||pe(e,["repository","trackingIssue"])||e.path[0]==="projectOwner"}async function Gs(e,t,r){let n=`GraphQL query AlignmentSprintContext (${t.owner}/${t.repo})`,s=r.tracking,{data:i,errors:a}=await x(e,n,Ka,{owner:t.owner,name:t.repo,withMilestones:r.milestones,withPrs:r.items,prCursor:null,withIssues:r.items,issueCursor:null,withRegister:Ye(r),registerLabels:Ye(r)?[...r.registerLabels??[]]:null,registerCursor:null,trackingByNumber:js(r),trackingNumber:s!==void 0&&"number"in s?s.number:0,trackingByLabel:xs(r),trackingLabel:s!==void 0&&"label"in s?s.label:"",...Bt(r.project)},Xa(r),Ya),u=i.repository;if(u===null)throw new A(n,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let d=a.find(y=>pe(y,["repository","trackingIssue"]));if(d!==void 0&&d.type!=="NOT_FOUND")throw new A(n,void 0,`reading the tracking issue: ${d.message}`);let f;return s!==void 0&&(f=("number"in s?[u.trackingIssue??null]:u.trackingIssues?.nodes??[]).flatMap(w=>w?[Xe(w)]:[])),{viewer:i.viewer.login,milestones:u.milestones?fe(u.milestones):void 0,items:r.items||Ye(r)?wt(u):void 0,tracking:f,project:r.project===void 0?void 0:Os(r.project,Wt(r.project,i,a))}}var eu=/^([\w.-]+)\/([\w.-]+)#(\d{1,9})$/u;function tu(e){let t=eu.exec(e);return t?.[1]&&t[2]&&t[3]?{owner:t[1],name:t[2],number:Number(t[3])}:void 0}function ru(e){let t=new Map;for(let u of e.slice(0,100)){let d=tu(u);if(d===void 0)continue;let f=`${d.owner}/${d.name}`.toLowerCase(),y=t.get(f)??{owner:d.owner,name:d.name,numbers:[]};y.numbers.includes(d.number)||y.numbers.push(d.number),t.set(f,y)}let r=[],n=[],s={},i=0;return[...t.values()].forEach((u,d)=>{r.push(`$o${d}: String!`,`$n${d}: String!`),s[`o${d}`]=u.owner,s[`n${d}`]=u.name;let f=u.numbers.map((y,w)=>(r.push(`$r${d}i${w}: Int!`),s[`r${d}i${w}`]=y,i+=1,`    i${w}: issueOrPullRequest(number: $r${d}i${w}) {
      __typename
      ...SprintIssue
      ...SprintPullRequest
    }`));n.push(`  r${d}: repository(owner: $o${d}, name: $n${d}) {
${f.join(`
`)}
  }`)}),{document:`query AlignmentSprintPartners(${r.join(", ")}) {
${n.join(`
`)}
}
${ae}
${ue}`,variables:s,count:i}}var nu=it(m(),it(m(),xe("__typename",[ke.extend({__typename:se("PullRequest")}),he.extend({__typename:se("Issue")})]).nullable()).nullable()),su=e=>e.path.length>=1&&/^r\d+$/u.test(String(e.path[0]))&&(e.type===void 0||["NOT_FOUND","FORBIDDEN"].includes(e.type));async function Ps(e,t){let{document:r,variables:n,count:s}=ru(t);if(s===0)return[];let i=`GraphQL query AlignmentSprintPartners (${s} PR${s===1?"":"s"} and issues by number)`,{data:a}=await x(e,i,r,n,nu,su),u=[];for(let d of Object.values(a))for(let f of Object.values(d??{}))f!==null&&u.push(f.__typename==="PullRequest"?Se(f):ge(f));return u}var ou=25,Ht=`
          __typename
          ... on PullRequest {
            number
            repository {
              nameWithOwner
            }
          }`,Ls=`
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
    labels(first: ${ie}) {
      nodes {
        name
      }
    }
    timelineItems(last: ${ou}, itemTypes: [CROSS_REFERENCED_EVENT, CONNECTED_EVENT]) {
      nodes {
        __typename
        ... on CrossReferencedEvent {
          source {${Ht}
          }
        }
        ... on ConnectedEvent {
          source {${Ht}
          }
          subject {${Ht}
          }
        }
      }
    }
  }
`,Ds=g({nameWithOwner:m()}),zs=g({__typename:m(),number:I().int().optional(),repository:Ds.optional()}),iu=g({number:I().int(),title:m(),url:m(),issueState:m(),stateReason:m().nullable(),createdAt:m(),closedAt:m().nullable(),updatedAt:m(),body:m(),repository:Ds,labels:g({nodes:O(g({name:m()}).nullable()).nullable()}).nullable(),timelineItems:g({nodes:O(g({__typename:m(),source:zs.nullable().optional(),subject:zs.nullable().optional()}).nullable()).nullable()}).nullable()}),au=g({issues:M(iu).nullable()}).nullable();function uu(e){let t="open";e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":"completed");let r=[];for(let n of e.timelineItems?.nodes??[])for(let s of[n?.source,n?.subject]){if(s?.__typename!=="PullRequest"||s.number===void 0||s.repository===void 0)continue;let i=`${s.repository.nameWithOwner}#${s.number}`;r.includes(i)||r.push(i)}return{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:(e.labels?.nodes??[]).flatMap(n=>n?[n.name]:[]),body:e.body,createdAt:e.createdAt,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:t,closes:[],workedOnBy:r}}function cu(e){if(e==null)return{items:[],unreadable:0,cursor:null};let t=[],r=0;for(let n of e.nodes??[])n===null?r+=1:t.push(uu(n));return{items:t,unreadable:r,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}var lu=/^([\w.-]+)\/([\w.-]+)$/u;function Us(e){if(e.length>20)throw new Error(`at most ${20} register sources in one call`);let t=[],r=[],n={};return e.forEach(({source:s,cursor:i},a)=>{let u=lu.exec(s.repo);if(u===null)throw new Error(`not a repository: ${s.repo}`);t.push(`$o${a}: String!`,`$n${a}: String!`,`$l${a}: [String!]`,`$c${a}: String`),n[`o${a}`]=u[1],n[`n${a}`]=u[2],n[`l${a}`]=s.labels===void 0?null:[...s.labels],n[`c${a}`]=i,r.push(`  s${a}: repository(owner: $o${a}, name: $n${a}) {
    issues(states: [OPEN], labels: $l${a}, first: 100, after: $c${a}, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegisterIssue
      }
    }
  }`)}),{params:t,selections:r,variables:n}}var Fs=e=>{let t=String(e.path[0]??"");return/^s\d+$/u.test(t)?e.path.length>=4&&e.path[1]==="issues"&&e.path[2]==="nodes"?!0:t!=="s0"&&e.path.length===1&&(e.type==="NOT_FOUND"||e.type==="FORBIDDEN"):!1};function Ms(e,t,r,n){let s=[];for(let i=0;i<t;i+=1){let a=e[`s${i}`],u=r.find(f=>f.path.length===1&&f.path[0]===`s${i}`),d=cu(a?.issues);s.push(u===void 0?d:{...d,problem:`register repository ${n[i]?.source.repo??""} cannot be read (${u.type??"error"}: ${u.message})`})}return s}function qs(e){let t={};for(let r=0;r<e;r+=1)t[`s${r}`]=au;return t}function du(e){let{params:t,selections:r,variables:n}=Us(e);return{document:`query AlignmentRegisterPages(${t.join(", ")}) {
${r.join(`
`)}
}
${Ls}`,variables:n}}async function Bs(e,t){if(t.length===0)return[];let{document:r,variables:n}=du(t),s=`GraphQL query AlignmentRegisterPages (open register issues of ${[...new Set(t.map(u=>u.source.repo))].join(", ")})`,{data:i,errors:a}=await x(e,s,r,n,g(qs(t.length)),Fs);return Ms(i,t.length,a,t)}var pu=g({totalCount:I().int(),nodes:O(g({name:m(),openIssues:g({totalCount:I().int()})}).nullable()).nullable()});function mu(e){let{params:t,selections:r,variables:n}=Us(e.sources.map(i=>({source:i,cursor:null})));return{document:`query AlignmentRegisterContext(
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
    ${Ke}
  }
${r.join(`
`)}
}
${r.length>0?Ls:""}
${me}
${Je}`,variables:n}}async function Ws(e,t,r){let n=r.sources.map(k=>({source:k,cursor:null})),{document:s,variables:i}=mu(r),a=r.tracking,u=a!==void 0&&"number"in a,d=a!==void 0&&"label"in a,f=`GraphQL query AlignmentRegisterContext (${t.owner}/${t.repo})`,y=g({viewer:g({login:m()}),home:g({labels:pu,milestones:r.milestones?oe.nullable():oe.nullable().optional(),trackingIssue:u?ne.nullable():ne.nullable().optional(),trackingIssues:d?g({nodes:O(ne.nullable()).nullable()}).nullable():g({nodes:O(ne.nullable()).nullable()}).nullable().optional()}).nullable(),...qs(n.length)}),{data:w,errors:v}=await x(e,f,s,{owner:t.owner,name:t.repo,withMilestones:r.milestones,trackingByNumber:u,trackingNumber:u?a.number:0,trackingByLabel:d,trackingLabel:d?a.label:"",...i},y,k=>Fs(k)||pe(k,["home","trackingIssue"])),S=w.home;if(S===null)throw new A(f,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let E=v.find(k=>pe(k,["home","trackingIssue"]));if(E!==void 0&&E.type!=="NOT_FOUND")throw new A(f,void 0,`reading the board's issue: ${E.message}`);let C;return a!==void 0&&(C=(u?[S.trackingIssue??null]:S.trackingIssues?.nodes??[]).flatMap($=>$?[Xe($)]:[])),{viewer:w.viewer.login,milestones:S.milestones?fe(S.milestones):void 0,tracking:C,labels:(S.labels.nodes??[]).flatMap(k=>k?[{name:k.name,openIssues:k.openIssues.totalCount}]:[]),moreLabels:S.labels.totalCount>(S.labels.nodes?.length??0),pages:Ms(w,n.length,v,n)}}var fu=`
  mutation AlignmentPinIssue($id: ID!) {
    pinIssue(input: { issueId: $id }) {
      issue {
        number
      }
    }
  }
`,hu=g({pinIssue:g({issue:g({number:I().int()}).nullable()}).nullable()});async function Hs(e,t){await x(e,"GraphQL mutation AlignmentPinIssue",fu,{id:t},hu)}function Vs(e){let t=cs(e);return{readCheckContext:(r,n)=>ms(t,r,n),readFile:(r,n,s)=>Ts(t,r,n,s),listComments:r=>gs(t,r),addComment:(r,n,s)=>bs(t,r,n,s),deleteComment:(r,n)=>ws(t,r,n),updateComment:(r,n,s)=>ys(t,r,n,s),setCommentMinimized:(r,n,s)=>Es(t,r,n,s),createCheckRun:r=>gn(t,r),readIssue:(r,n)=>vs(t,r,n),readSprintContext:(r,n)=>Gs(t,r,n),readWorkItems:(r,n)=>un(t,r,n),readItemsByNumber:r=>Ps(t,r),readProjectItems:(r,n)=>As(t,r,n),readAuditItems:(r,n)=>fn(t,r,n),createIssue:(r,n)=>Cs(t,r,n),pinIssue:r=>Hs(t,r),readRegisterContext:(r,n)=>Ws(t,r,n),readRegisterPages:r=>Bs(t,r)}}import{readFileSync as gu}from"node:fs";var K=class extends wr{name="ActionInputError"};function yu(e){if(e===void 0||e==="")return{};let t;try{t=gu(e,"utf8")}catch{throw new K(`GITHUB_EVENT_PATH ${e} cannot be read: run alignment-check as a step of a workflow`)}try{let r=JSON.parse(t);return typeof r=="object"&&r!==null?r:{}}catch{throw new K(`GITHUB_EVENT_PATH ${e} is not JSON: run alignment-check as a step of a workflow`)}}function Qs(e=process.env){let t=yu(e.GITHUB_EVENT_PATH),[r="",n=""]=(e.GITHUB_REPOSITORY??"").split("/"),s=t.repository,i=typeof s=="object"&&s!==null?s:void 0;return{eventName:e.GITHUB_EVENT_NAME??"",payload:t,repo:r!==""&&n!==""?{owner:r,repo:n}:{owner:String(i?.owner?.login??""),repo:String(i?.name??"")},apiUrl:e.GITHUB_API_URL??"https://api.github.com",serverUrl:e.GITHUB_SERVER_URL??"https://github.com"}}var bu=["opened","edited","reopened","synchronize","ready_for_review","labeled","unlabeled"],wu=["opened","edited","reopened","labeled","unlabeled"],_u=["opened","edited","closed","reopened","labeled","unlabeled","deleted","transferred"],Js=e=>{let t=X(e)?.name;return typeof t=="string"?t:void 0};function Eu(e,t,r){if(e!=="issues")return{type:"register",event:e};if(!_u.includes(t))return{type:"ignore",reason:`issues.${t} does not change the debt register`};let n=X(r.issue),s=n?.number;if(typeof s!="number")return{type:"ignore",reason:"issues payload has no issue.number"};let i=Array.isArray(n?.labels)?n.labels.flatMap(a=>Js(a)??[]):[];return{type:"register",event:e,issue:{number:s,action:t,labels:i,label:Js(r.label)}}}function Ks(e,t={}){let{eventName:r,payload:n}=e,s=typeof n.action=="string"?n.action:"";if(e.registerBoard===!0)return Eu(r,s,n);let i=X(n.repository),a=typeof i?.default_branch=="string"?i.default_branch:void 0;if(r==="pull_request"||r==="pull_request_target"){if(!bu.includes(s))return{type:"ignore",reason:`${r}.${s} does not change what is checked`};let u=X(n.pull_request),d=u?.number;if(typeof d!="number")return{type:"ignore",reason:`${r} payload has no pull_request.number`};let f=X(u?.base),y=typeof f?.ref=="string"?f.ref:a,w=X(X(u?.head)?.repo)?.full_name,v=X(f?.repo)?.full_name??i?.full_name,S=w!==v;return{type:"check",ref:{kind:"pr",number:d,owner:e.owner,repo:e.repo},configRef:y,fromFork:S}}if(r==="issues"){if(!wu.includes(s))return{type:"ignore",reason:`issues.${s} does not change what is checked`};let u=X(n.issue)?.number;return typeof u!="number"?{type:"ignore",reason:"issues payload has no issue.number"}:{type:"check",ref:{kind:"issue",number:u,owner:e.owner,repo:e.repo},configRef:a,fromFork:!1}}return r==="milestone"?s==="closed"?{type:"sprint",trigger:"milestone"}:{type:"ignore",reason:`milestone.${s} is not a closed sprint`}:r==="schedule"||r==="workflow_dispatch"?t.audit===void 0?{type:"sprint",trigger:r}:{type:"audit",trigger:r,window:t.audit}:{type:"ignore",reason:`alignment-check does not handle the ${r} event`}}function X(e){return typeof e=="object"&&e!==null?e:void 0}var Tu=".github/alignment.yml",Xs=Ir({"github-token":m().min(1),"config-path":m().min(1).default(Tu),mode:$r.optional(),comment:Rr.optional(),"check-name":m().min(1).max(100).optional(),"dry-run":ut({truthy:["true"],falsy:["false"],case:"insensitive"}).default(!1),sprint:m().optional(),audit:m().optional().transform((e,t)=>{if(e!==void 0)try{return Dr(e)}catch(r){if(!(r instanceof Lr))throw r;return t.addIssue({code:"custom",message:r.message}),Sr}}),"audit-kind":at(["all","pr","issue"]).default("all"),"audit-trend":at(["month","sprint"]).default("month"),"register-board":ut({truthy:["true"],falsy:["false"],case:"insensitive"}).default(!1)}),vu=Object.keys(Xs.shape);function Ys(e=t=>Kr(t)){let t={};for(let n of vu)t[n]=e(n).trim()||void 0;let r=Xs.safeParse(t);if(!r.success){let n=r.error.issues[0],s=String(n?.path[0]??"");throw new K(`input ${s}: ${ku(s,n,t[s])}`)}return Jr(r.data["github-token"]),r.data}function ku(e,t,r){return e==="github-token"?"expected a token, found an empty value (the default is ${{ github.token }})":t?.code==="invalid_value"?`expected one of ${t.values.join(", ")}, found ${Ge(r)}`:e==="dry-run"||e==="register-board"?`expected true or false, found ${Ge(r)}`:e==="audit"?t?.message??"invalid":t?.code==="too_big"?`expected at most ${String(t.maximum)} characters, found ${r?.length??0}`:`${t?.message??"invalid"}, found ${Ge(r)}`}function Ze(e){for(let t of e)Ue(`${t.path?`${t.path}: `:""}${t.message}`,{title:"alignment-check config",file:t.file,startLine:t.line,startColumn:t.column})}var et=e=>`The alignment-check config is invalid (${e} error${e===1?"":"s"}); see the annotations.`;async function Zs(e,t){switch(e.blocked.length>0&&ve(Pe(e.blocked,{fromFork:t.fromFork,result:"The result is in this job summary and in the annotations."})),e.type){case"config-error":{Ze(e.errors),await q.addRaw(e.markdown).write(),j("conclusion","failure"),U(et(e.errors.length));return}case"skipped":{de(`alignment-check skipped ${e.subject.kind==="pr"?"pull request":"issue"} #${e.subject.number}: ${e.reason}.`),await q.addRaw(`### \u23ED\uFE0F alignment-check skipped #${e.subject.number}

Because ${e.reason}.
`).write(),j("conclusion","skipped"),j("failed-rules","");return}case"checked":{let{result:r,markdown:n}=e,s=r.rules.filter(i=>i.status==="fail").map(i=>i.id);if(e.blocked.length>0)for(let i of r.rules){if(i.status!=="fail"&&i.status!=="warn")continue;(i.status==="fail"&&r.conclusion==="failure"?Ue:ve)(`${i.message}${i.hint?` \u2014 ${i.hint}`:""}`,{title:`alignment-check: ${i.id}`})}await q.addRaw(n).write(),j("conclusion",r.conclusion),j("result",JSON.stringify(r)),j("failed-rules",s.join(",")),r.conclusion==="failure"&&U(`alignment-check: ${s.join(", ")} failed \u2014 the job summary shows the findings and how to fix them.`);return}}}async function eo(e){switch(e.type){case"config-error":{Ze(e.errors),await q.addRaw(e.markdown).write(),j("conclusion","failure"),U(et(e.errors.length));return}case"setup-error":j("conclusion","failure"),U(`alignment-check: ${e.message}`);return;case"skipped":de(`alignment-check: no sprint report \u2014 ${e.reason}.`),await q.addRaw(`### \u23ED\uFE0F No sprint report

Because ${e.reason}.
`).write(),j("conclusion","skipped");return;case"reported":{await q.addRaw(e.summary).write();let t=e.reports.at(-1);t!==void 0&&(j("sprint",t.sprint.title),j("ratio",t.ratio===null?"":String(Math.round(t.ratio*1e4)/1e4)),j("debt",String(t.totals.debtWeight)),j("total",String(t.totals.weight))),j("conclusion",e.missingIssue===void 0?"success":"failure"),e.blocked.length>0&&ve(Pe(e.blocked,{fromFork:!1,result:"The sprint report is in this job summary."})),e.missingIssue!==void 0&&U(`alignment-check: ${e.missingIssue}. The report is in the job summary; fix sprints.summary.issue (or set it to auto).`);return}}}async function to(e){switch(e.type){case"config-error":{Ze(e.errors),await q.addRaw(e.markdown).write(),j("conclusion","failure"),U(et(e.errors.length));return}case"setup-error":j("conclusion","failure"),U(`alignment-check: ${e.message}`);return;case"audited":{let{report:t}=e;await q.addRaw(e.markdown).write(),j("conclusion","success"),j("audit",JSON.stringify(t)),j("passing",t.totals.passingShare===null?"":String(Math.round(t.totals.passingShare*1e4)/1e4));return}}}async function ro(e){switch(e.type){case"config-error":{Ze(e.errors),await q.addRaw(e.markdown).write(),j("conclusion","failure"),U(et(e.errors.length));return}case"skipped":de(`alignment-check: no register board update \u2014 ${e.reason}.`),j("conclusion","skipped");return;case"updated":{await q.addRaw(e.summary).write(),j("register-items",String(e.board.totals.items)),j("register-cost",String(e.board.totals.costPerMonth)),j("conclusion",e.missingIssue===void 0?"success":"failure"),e.blocked.length>0&&ve(Pe(e.blocked,{fromFork:!1,result:"The register board is in this job summary."})),e.missingIssue!==void 0&&U(`alignment-check: ${e.missingIssue}. The board is in the job summary; fix the issue number (or set it to auto).`);return}}}async function so(e={}){try{let t=e.context??Qs(),r=Ys(),n=Ks({eventName:t.eventName,payload:t.payload,owner:t.repo.owner,repo:t.repo.repo,registerBoard:r["register-board"]},{audit:r.audit});if(n.type==="ignore"){de(`alignment-check: nothing to do \u2014 ${n.reason}.`),j("conclusion","skipped");return}let s=f=>Xr(f),i=(e.createApi??Vs)({token:r["github-token"],baseUrl:t.apiUrl,log:s}),a=e.now??Date.now;if(n.type==="sprint"){let{reportSprints:f}=await import("./chunks/report-sprints-EGCIHUH6.js"),y={api:i,repo:t.repo,configPath:r["config-path"],dryRun:r["dry-run"],serverUrl:t.serverUrl,now:a(),log:s};await eo(await f(y,Su(n.trigger,t.payload,r.sprint)));return}if(n.type==="audit"){let{auditRepository:f}=await import("./chunks/run-audit-EDRZK5GB.js"),y=r["audit-kind"]==="all"?["pr","issue"]:[r["audit-kind"]],w={window:n.window,kinds:y,trend:r["audit-trend"],config:{path:r["config-path"]}};await to(await f({api:i,repo:t.repo,now:a(),log:s},w));return}if(n.type==="register"){let{updateRegisterBoard:f}=await import("./chunks/update-board-DM3HGKO7.js"),y={api:i,repo:t.repo,configPath:r["config-path"],dryRun:r["dry-run"],serverUrl:t.serverUrl,now:a(),log:s},w=n.issue===void 0?{trigger:"other",event:n.event}:{trigger:"issue",...n.issue};await ro(await f(y,w));return}let u=async f=>{if(!f.sprints["in-pr-check"])return[];let{sprintNotes:y}=await import("./chunks/note-ECLBVWKW.js");return y({api:i,repo:t.repo,log:s,now:a()},f)},d={configPath:r["config-path"],mode:r.mode,comment:r.comment,checkName:r["check-name"],dryRun:r["dry-run"]};await Zs(await tn({api:i,inputs:d,serverUrl:t.serverUrl,log:s,notes:u},n.ref,n.configRef),{fromFork:n.fromFork})}catch(t){let{user:r,message:n}=_r(t);t instanceof K?U(n):U(r?`alignment-check: ${n}`:`alignment-check hit an unexpected error \u2014 please report it with this log: ${n}`)}}var no=e=>typeof e=="object"&&e!==null?e:void 0;function Su(e,t,r){switch(e){case"milestone":{let n=no(t.milestone);return{trigger:"milestone",number:typeof n?.number=="number"?n.number:void 0,title:typeof n?.title=="string"?n.title:void 0}}case"schedule":return{trigger:"schedule"};case"workflow_dispatch":{let n=no(t.inputs);return{trigger:"workflow_dispatch",sprint:r??(typeof n?.sprint=="string"?n.sprint:void 0)}}}}await so();
