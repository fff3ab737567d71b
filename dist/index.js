import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{b as $e}from"./chunks/chunk-EHHDIRCO.js";import{a as Er,b as I,c as q,d as vr,e as Tr,f as kr,g as Sr,h as Ye,i as oe,m as Or}from"./chunks/chunk-XSZQU4DO.js";import{b as br,c as $r,d as Ir}from"./chunks/chunk-OFYJ5XNZ.js";import{b as pr,d as pe,e as ke,f as Je,g as wr,i as _r}from"./chunks/chunk-XVM6ZJ3A.js";import"./chunks/chunk-SH6URTCV.js";import{a as cr,b as lr,l as dr}from"./chunks/chunk-PBOTDASG.js";import{G as hr,M as gr,N as yr,d as mr,e as f,g as O,i as z,k as A,m as b,n as fr,p as Se,q as Oe,s as Ke,u as Xe,w as te}from"./chunks/chunk-G5EW77JG.js";import{b as ar,d as ur}from"./chunks/chunk-XY7QUVLB.js";var On=ar(Ue=>{"use strict";Object.defineProperty(Ue,"__esModule",{value:!0});Ue.format=ei;Ue.parse=ti;var Xo=/^[\u0009\u0020-\u007e\u0080-\u00ff]*$/,En=/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,Yo=/[\\"]/g,Zo=/^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,vn=(()=>{let e=function(){};return e.prototype=Object.create(null),e})();function ei(e){let{type:t,parameters:r}=e;if(!t||!Zo.test(t))throw new TypeError(`Invalid type: ${t}`);let n=t;if(r)for(let s of Object.keys(r)){if(!En.test(s))throw new TypeError(`Invalid parameter name: ${s}`);n+=`; ${s}=${ii(r[s])}`}return n}function ti(e,t){let r=t?.comma===!0?si:65536,n=e.length,s=mt(e,t?.start??0,n),i=s;s=pt(e,s,n,r);let a=ft(e,i,s),u=e.slice(i,a).toLowerCase();return t?.parameters===!1?{type:u,index:s,parameters:new vn}:oi(e,u,s,n,r)}var Tn=32,kn=9,Sn=59,ri=61,_n=34,ni=92,si=44;function oi(e,t,r,n,s){let i=new vn;e:for(;r<n&&e.charCodeAt(r)!==s;){r=mt(e,r+1,n);let a=r;for(;r<n;){let u=e.charCodeAt(r);if(u===s)break e;if(u===Sn)continue e;if(u===ri){let p=ft(e,a,r),h=e.slice(a,p).toLowerCase();if(r=mt(e,r+1,n),r<n&&e.charCodeAt(r)===_n){r++;let w="";for(;r<n;){let T=e.charCodeAt(r++);if(T===_n){r=pt(e,r,n,s),i[h]===void 0&&(i[h]=w);break}if(T===ni&&r<n){w+=e[r++];continue}w+=String.fromCharCode(T)}continue e}let g=r;if(r=pt(e,r,n,s),i[h]===void 0){let w=ft(e,g,r);i[h]=e.slice(g,w)}continue e}r++}}return{type:t,index:r,parameters:i}}function pt(e,t,r,n){for(;t<r;){let s=e.charCodeAt(t);if(s===Sn||s===n)break;t++}return t}function mt(e,t,r){for(;t<r;){let n=e.charCodeAt(t);if(n!==Tn&&n!==kn)break;t++}return t}function ft(e,t,r){for(;r>t;){let n=e.charCodeAt(r-1);if(n!==Tn&&n!==kn)break;r--}return r}function ii(e){if(En.test(e))return e;if(Xo.test(e))return`"${e.replace(Yo,"\\$&")}"`;throw new TypeError(`Invalid parameter value: ${e}`)}});var Hn=ar((St,Ot)=>{(function(e,t){typeof St=="object"&&typeof Ot<"u"?Ot.exports=t():typeof define=="function"&&define.amd?define(t):e.Bottleneck=t()})(St,(function(){"use strict";var e=typeof globalThis<"u"?globalThis:typeof window<"u"?window:typeof global<"u"?global:typeof self<"u"?self:{};function t(E){return E&&E.default||E}var r=function(E,c,o={}){var l,d,m;for(l in c)m=c[l],o[l]=(d=E[l])!=null?d:m;return o},n=function(E,c,o={}){var l,d;for(l in E)d=E[l],c[l]!==void 0&&(o[l]=d);return o},s={load:r,overwrite:n},i;i=class{constructor(c,o){this.incr=c,this.decr=o,this._first=null,this._last=null,this.length=0}push(c){var o;this.length++,typeof this.incr=="function"&&this.incr(),o={value:c,prev:this._last,next:null},this._last!=null?(this._last.next=o,this._last=o):this._first=this._last=o}shift(){var c;if(this._first!=null)return this.length--,typeof this.decr=="function"&&this.decr(),c=this._first.value,(this._first=this._first.next)!=null?this._first.prev=null:this._last=null,c}first(){if(this._first!=null)return this._first.value}getArray(){var c,o,l;for(c=this._first,l=[];c!=null;)l.push((o=c,c=c.next,o.value));return l}forEachShift(c){var o;for(o=this.shift();o!=null;)c(o),o=this.shift()}debug(){var c,o,l,d,m;for(c=this._first,m=[];c!=null;)m.push((o=c,c=c.next,{value:o.value,prev:(l=o.prev)!=null?l.value:void 0,next:(d=o.next)!=null?d.value:void 0}));return m}};var a=i,u;u=class{constructor(c){if(this.instance=c,this._events={},this.instance.on!=null||this.instance.once!=null||this.instance.removeAllListeners!=null)throw new Error("An Emitter already exists for this object");this.instance.on=(o,l)=>this._addListener(o,"many",l),this.instance.once=(o,l)=>this._addListener(o,"once",l),this.instance.removeAllListeners=(o=null)=>o!=null?delete this._events[o]:this._events={}}_addListener(c,o,l){var d;return(d=this._events)[c]==null&&(d[c]=[]),this._events[c].push({cb:l,status:o}),this.instance}listenerCount(c){return this._events[c]!=null?this._events[c].length:0}async trigger(c,...o){var l,d;try{return c!=="debug"&&this.trigger("debug",`Event triggered: ${c}`,o),this._events[c]==null?void 0:(this._events[c]=this._events[c].filter(function(m){return m.status!=="none"}),d=this._events[c].map(async m=>{var y,_;if(m.status!=="none"){m.status==="once"&&(m.status="none");try{return _=typeof m.cb=="function"?m.cb(...o):void 0,typeof _?.then=="function"?await _:_}catch(S){return y=S,this.trigger("error",y),null}}}),(await Promise.all(d)).find(function(m){return m!=null}))}catch(m){return l=m,this.trigger("error",l),null}}};var p=u,h,g,w;h=a,g=p,w=class{constructor(c){var o;this.Events=new g(this),this._length=0,this._lists=(function(){var l,d,m;for(m=[],o=l=1,d=c;1<=d?l<=d:l>=d;o=1<=d?++l:--l)m.push(new h((()=>this.incr()),(()=>this.decr())));return m}).call(this)}incr(){if(this._length++===0)return this.Events.trigger("leftzero")}decr(){if(--this._length===0)return this.Events.trigger("zero")}push(c){return this._lists[c.options.priority].push(c)}queued(c){return c!=null?this._lists[c].length:this._length}shiftAll(c){return this._lists.forEach(function(o){return o.forEachShift(c)})}getFirst(c=this._lists){var o,l,d;for(o=0,l=c.length;o<l;o++)if(d=c[o],d.length>0)return d;return[]}shiftLastFrom(c){return this.getFirst(this._lists.slice(c).reverse()).shift()}};var T=w,R;R=class extends Error{};var v=R,G,k,$,M,H;M=10,k=5,H=s,G=v,$=class{constructor(c,o,l,d,m,y,_,S){this.task=c,this.args=o,this.rejectOnDrop=m,this.Events=y,this._states=_,this.Promise=S,this.options=H.load(l,d),this.options.priority=this._sanitizePriority(this.options.priority),this.options.id===d.id&&(this.options.id=`${this.options.id}-${this._randomIndex()}`),this.promise=new this.Promise((j,N)=>{this._resolve=j,this._reject=N}),this.retryCount=0}_sanitizePriority(c){var o;return o=~~c!==c?k:c,o<0?0:o>M-1?M-1:o}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:c,message:o="This job has been dropped by Bottleneck"}={}){return this._states.remove(this.options.id)?(this.rejectOnDrop&&this._reject(c??new G(o)),this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise}),!0):!1}_assertStatus(c){var o;if(o=this._states.jobStatus(this.options.id),!(o===c||c==="DONE"&&o===null))throw new G(`Invalid job status ${o}, expected ${c}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}doReceive(){return this._states.start(this.options.id),this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(c,o){return this._assertStatus("RECEIVED"),this._states.next(this.options.id),this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:c,blocked:o})}doRun(){return this.retryCount===0?(this._assertStatus("QUEUED"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(c,o,l,d){var m,y,_;this.retryCount===0?(this._assertStatus("RUNNING"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),y={args:this.args,options:this.options,retryCount:this.retryCount},this.Events.trigger("executing",y);try{if(_=await(c!=null?c.schedule(this.options,this.task,...this.args):this.task(...this.args)),o())return this.doDone(y),await d(this.options,y),this._assertStatus("DONE"),this._resolve(_)}catch(S){return m=S,this._onFailure(m,y,o,l,d)}}doExpire(c,o,l){var d,m;return this._states.jobStatus(this.options.id==="RUNNING")&&this._states.next(this.options.id),this._assertStatus("EXECUTING"),m={args:this.args,options:this.options,retryCount:this.retryCount},d=new G(`This job timed out after ${this.options.expiration} ms.`),this._onFailure(d,m,c,o,l)}async _onFailure(c,o,l,d,m){var y,_;if(l())return y=await this.Events.trigger("failed",c,o),y!=null?(_=~~y,this.Events.trigger("retry",`Retrying ${this.options.id} after ${_} ms`,o),this.retryCount++,d(_)):(this.doDone(o),await m(this.options,o),this._assertStatus("DONE"),this._reject(c))}doDone(c){return this._assertStatus("EXECUTING"),this._states.next(this.options.id),this.Events.trigger("done",c)}};var P=$,X,Q,le;le=s,X=v,Q=class{constructor(c,o,l){this.instance=c,this.storeOptions=o,this.clientId=this.instance._randomIndex(),le.load(l,l,this),this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now(),this._running=0,this._done=0,this._unblockTime=0,this.ready=this.Promise.resolve(),this.clients={},this._startHeartbeat()}_startHeartbeat(){var c;return this.heartbeat==null&&(this.storeOptions.reservoirRefreshInterval!=null&&this.storeOptions.reservoirRefreshAmount!=null||this.storeOptions.reservoirIncreaseInterval!=null&&this.storeOptions.reservoirIncreaseAmount!=null)?typeof(c=this.heartbeat=setInterval(()=>{var o,l,d,m,y;if(m=Date.now(),this.storeOptions.reservoirRefreshInterval!=null&&m>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval&&(this._lastReservoirRefresh=m,this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount,this.instance._drainAll(this.computeCapacity())),this.storeOptions.reservoirIncreaseInterval!=null&&m>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval&&({reservoirIncreaseAmount:o,reservoirIncreaseMaximum:d,reservoir:y}=this.storeOptions,this._lastReservoirIncrease=m,l=d!=null?Math.min(o,d-y):o,l>0))return this.storeOptions.reservoir+=l,this.instance._drainAll(this.computeCapacity())},this.heartbeatInterval)).unref=="function"?c.unref():void 0:clearInterval(this.heartbeat)}async __publish__(c){return await this.yieldLoop(),this.instance.Events.trigger("message",c.toString())}async __disconnect__(c){return await this.yieldLoop(),clearInterval(this.heartbeat),this.Promise.resolve()}yieldLoop(c=0){return new this.Promise(function(o,l){return setTimeout(o,c)})}computePenalty(){var c;return(c=this.storeOptions.penalty)!=null?c:15*this.storeOptions.minTime||5e3}async __updateSettings__(c){return await this.yieldLoop(),le.overwrite(c,c,this.storeOptions),this._startHeartbeat(),this.instance._drainAll(this.computeCapacity()),!0}async __running__(){return await this.yieldLoop(),this._running}async __queued__(){return await this.yieldLoop(),this.instance.queued()}async __done__(){return await this.yieldLoop(),this._done}async __groupCheck__(c){return await this.yieldLoop(),this._nextRequest+this.timeout<c}computeCapacity(){var c,o;return{maxConcurrent:c,reservoir:o}=this.storeOptions,c!=null&&o!=null?Math.min(c-this._running,o):c!=null?c-this._running:o??null}conditionsCheck(c){var o;return o=this.computeCapacity(),o==null||c<=o}async __incrementReservoir__(c){var o;return await this.yieldLoop(),o=this.storeOptions.reservoir+=c,this.instance._drainAll(this.computeCapacity()),o}async __currentReservoir__(){return await this.yieldLoop(),this.storeOptions.reservoir}isBlocked(c){return this._unblockTime>=c}check(c,o){return this.conditionsCheck(c)&&this._nextRequest-o<=0}async __check__(c){var o;return await this.yieldLoop(),o=Date.now(),this.check(c,o)}async __register__(c,o,l){var d,m;return await this.yieldLoop(),d=Date.now(),this.conditionsCheck(o)?(this._running+=o,this.storeOptions.reservoir!=null&&(this.storeOptions.reservoir-=o),m=Math.max(this._nextRequest-d,0),this._nextRequest=d+m+this.storeOptions.minTime,{success:!0,wait:m,reservoir:this.storeOptions.reservoir}):{success:!1}}strategyIsBlock(){return this.storeOptions.strategy===3}async __submit__(c,o){var l,d,m;if(await this.yieldLoop(),this.storeOptions.maxConcurrent!=null&&o>this.storeOptions.maxConcurrent)throw new X(`Impossible to add a job having a weight of ${o} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);return d=Date.now(),m=this.storeOptions.highWater!=null&&c===this.storeOptions.highWater&&!this.check(o,d),l=this.strategyIsBlock()&&(m||this.isBlocked(d)),l&&(this._unblockTime=d+this.computePenalty(),this._nextRequest=this._unblockTime+this.storeOptions.minTime,this.instance._dropAllQueued()),{reachedHWM:m,blocked:l,strategy:this.storeOptions.strategy}}async __free__(c,o){return await this.yieldLoop(),this._running-=o,this._done+=o,this.instance._drainAll(this.computeCapacity()),{running:this._running}}};var ve=Q,zt,Dt;zt=v,Dt=class{constructor(c){this.status=c,this._jobs={},this.counts=this.status.map(function(){return 0})}next(c){var o,l;if(o=this._jobs[c],l=o+1,o!=null&&l<this.status.length)return this.counts[o]--,this.counts[l]++,this._jobs[c]++;if(o!=null)return this.counts[o]--,delete this._jobs[c]}start(c){var o;return o=0,this._jobs[c]=o,this.counts[o]++}remove(c){var o;return o=this._jobs[c],o!=null&&(this.counts[o]--,delete this._jobs[c]),o!=null}jobStatus(c){var o;return(o=this.status[this._jobs[c]])!=null?o:null}statusJobs(c){var o,l,d,m,y;if(c!=null){if(l=this.status.indexOf(c),l<0)throw new zt(`status must be one of ${this.status.join(", ")}`);d=this._jobs,m=[];for(o in d)y=d[o],y===l&&m.push(o);return m}else return Object.keys(this._jobs)}statusCounts(){return this.counts.reduce(((c,o,l)=>(c[this.status[l]]=o,c)),{})}};var Ns=Dt,Lt,Ut;Lt=a,Ut=class{constructor(c,o){this.schedule=this.schedule.bind(this),this.name=c,this.Promise=o,this._running=0,this._queue=new Lt}isEmpty(){return this._queue.length===0}async _tryToRun(){var c,o,l,d,m,y,_;if(this._running<1&&this._queue.length>0)return this._running++,{task:_,args:c,resolve:m,reject:d}=this._queue.shift(),o=await(async function(){try{return y=await _(...c),function(){return m(y)}}catch(S){return l=S,function(){return d(l)}}})(),this._running--,this._tryToRun(),o()}schedule(c,...o){var l,d,m;return m=d=null,l=new this.Promise(function(y,_){return m=y,d=_}),this._queue.push({task:c,args:o,resolve:m,reject:d}),this._tryToRun(),l}};var zs=Ut,qt="2.19.5",Ds={version:qt},Ls=Object.freeze({version:qt,default:Ds}),Ft=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Mt=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Us=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Bt,Wt,Vt,Ht,Qt,Te;Te=s,Bt=p,Ht=Ft,Vt=Mt,Qt=Us,Wt=(function(){class E{constructor(o={}){this.deleteKey=this.deleteKey.bind(this),this.limiterOptions=o,Te.load(this.limiterOptions,this.defaults,this),this.Events=new Bt(this),this.instances={},this.Bottleneck=or,this._startAutoCleanup(),this.sharedConnection=this.connection!=null,this.connection==null&&(this.limiterOptions.datastore==="redis"?this.connection=new Ht(Object.assign({},this.limiterOptions,{Events:this.Events})):this.limiterOptions.datastore==="ioredis"&&(this.connection=new Vt(Object.assign({},this.limiterOptions,{Events:this.Events}))))}key(o=""){var l;return(l=this.instances[o])!=null?l:(()=>{var d;return d=this.instances[o]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${o}`,timeout:this.timeout,connection:this.connection})),this.Events.trigger("created",d,o),d})()}async deleteKey(o=""){var l,d;return d=this.instances[o],this.connection&&(l=await this.connection.__runCommand__(["del",...Qt.allKeys(`${this.id}-${o}`)])),d!=null&&(delete this.instances[o],await d.disconnect()),d!=null||l>0}limiters(){var o,l,d,m;l=this.instances,d=[];for(o in l)m=l[o],d.push({key:o,limiter:m});return d}keys(){return Object.keys(this.instances)}async clusterKeys(){var o,l,d,m,y,_,S,j,N;if(this.connection==null)return this.Promise.resolve(this.keys());for(_=[],o=null,N=`b_${this.id}-`.length,l=9;o!==0;)for([j,d]=await this.connection.__runCommand__(["scan",o??0,"match",`b_${this.id}-*_settings`,"count",1e4]),o=~~j,m=0,S=d.length;m<S;m++)y=d[m],_.push(y.slice(N,-l));return _}_startAutoCleanup(){var o;return clearInterval(this.interval),typeof(o=this.interval=setInterval(async()=>{var l,d,m,y,_,S;_=Date.now(),m=this.instances,y=[];for(d in m){S=m[d];try{await S._store.__groupCheck__(_)?y.push(this.deleteKey(d)):y.push(void 0)}catch(j){l=j,y.push(S.Events.trigger("error",l))}}return y},this.timeout/2)).unref=="function"?o.unref():void 0}updateSettings(o={}){if(Te.overwrite(o,this.defaults,this),Te.overwrite(o,o,this.limiterOptions),o.timeout!=null)return this._startAutoCleanup()}disconnect(o=!0){var l;if(!this.sharedConnection)return(l=this.connection)!=null?l.disconnect(o):void 0}}return E.prototype.defaults={timeout:1e3*60*5,connection:null,Promise,id:"group-key"},E}).call(e);var qs=Wt,Jt,Kt,Xt;Xt=s,Kt=p,Jt=(function(){class E{constructor(o={}){this.options=o,Xt.load(this.options,this.defaults,this),this.Events=new Kt(this),this._arr=[],this._resetPromise(),this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((o,l)=>this._resolve=o)}_flush(){return clearTimeout(this._timeout),this._lastFlush=Date.now(),this._resolve(),this.Events.trigger("batch",this._arr),this._arr=[],this._resetPromise()}add(o){var l;return this._arr.push(o),l=this._promise,this._arr.length===this.maxSize?this._flush():this.maxTime!=null&&this._arr.length===1&&(this._timeout=setTimeout(()=>this._flush(),this.maxTime)),l}}return E.prototype.defaults={maxTime:null,maxSize:null,Promise},E}).call(e);var Fs=Jt,Ms=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),Bs=t(Ls),Yt,Zt,We,Ve,er,He,tr,rr,nr,Qe,B,sr=[].splice;He=10,Zt=5,B=s,tr=T,Ve=P,er=ve,rr=Ms,We=p,nr=Ns,Qe=zs,Yt=(function(){class E{constructor(o={},...l){var d,m;this._addToQueue=this._addToQueue.bind(this),this._validateOptions(o,l),B.load(o,this.instanceDefaults,this),this._queues=new tr(He),this._scheduled={},this._states=new nr(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[])),this._limiter=null,this.Events=new We(this),this._submitLock=new Qe("submit",this.Promise),this._registerLock=new Qe("register",this.Promise),m=B.load(o,this.storeDefaults,{}),this._store=(function(){if(this.datastore==="redis"||this.datastore==="ioredis"||this.connection!=null)return d=B.load(o,this.redisStoreDefaults,{}),new rr(this,m,d);if(this.datastore==="local")return d=B.load(o,this.localStoreDefaults,{}),new er(this,m,d);throw new E.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}).call(this),this._queues.on("leftzero",()=>{var y;return(y=this._store.heartbeat)!=null&&typeof y.ref=="function"?y.ref():void 0}),this._queues.on("zero",()=>{var y;return(y=this._store.heartbeat)!=null&&typeof y.unref=="function"?y.unref():void 0})}_validateOptions(o,l){if(!(o!=null&&typeof o=="object"&&l.length===0))throw new E.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(o){return this._store.__publish__(o)}disconnect(o=!0){return this._store.__disconnect__(o)}chain(o){return this._limiter=o,this}queued(o){return this._queues.queued(o)}clusterQueued(){return this._store.__queued__()}empty(){return this.queued()===0&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(o){return this._states.jobStatus(o)}jobs(o){return this._states.statusJobs(o)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(o=1){return this._store.__check__(o)}_clearGlobalState(o){return this._scheduled[o]!=null?(clearTimeout(this._scheduled[o].expiration),delete this._scheduled[o],!0):!1}async _free(o,l,d,m){var y,_;try{if({running:_}=await this._store.__free__(o,d.weight),this.Events.trigger("debug",`Freed ${d.id}`,m),_===0&&this.empty())return this.Events.trigger("idle")}catch(S){return y=S,this.Events.trigger("error",y)}}_run(o,l,d){var m,y,_;return l.doRun(),m=this._clearGlobalState.bind(this,o),_=this._run.bind(this,o,l),y=this._free.bind(this,o,l),this._scheduled[o]={timeout:setTimeout(()=>l.doExecute(this._limiter,m,_,y),d),expiration:l.options.expiration!=null?setTimeout(function(){return l.doExpire(m,_,y)},d+l.options.expiration):void 0,job:l}}_drainOne(o){return this._registerLock.schedule(()=>{var l,d,m,y,_;return this.queued()===0?this.Promise.resolve(null):(_=this._queues.getFirst(),{options:y,args:l}=m=_.first(),o!=null&&y.weight>o?this.Promise.resolve(null):(this.Events.trigger("debug",`Draining ${y.id}`,{args:l,options:y}),d=this._randomIndex(),this._store.__register__(d,y.weight,y.expiration).then(({success:S,wait:j,reservoir:N})=>{var de;return this.Events.trigger("debug",`Drained ${y.id}`,{success:S,args:l,options:y}),S?(_.shift(),de=this.empty(),de&&this.Events.trigger("empty"),N===0&&this.Events.trigger("depleted",de),this._run(d,m,j),this.Promise.resolve(y.weight)):this.Promise.resolve(null)})))})}_drainAll(o,l=0){return this._drainOne(o).then(d=>{var m;return d!=null?(m=o!=null?o-d:o,this._drainAll(m,l+d)):this.Promise.resolve(l)}).catch(d=>this.Events.trigger("error",d))}_dropAllQueued(o){return this._queues.shiftAll(function(l){return l.doDrop({message:o})})}stop(o={}){var l,d;return o=B.load(o,this.stopDefaults),d=m=>{var y;return y=()=>{var _;return _=this._states.counts,_[0]+_[1]+_[2]+_[3]===m},new this.Promise((_,S)=>y()?_():this.on("done",()=>{if(y())return this.removeAllListeners("done"),_()}))},l=o.dropWaitingJobs?(this._run=function(m,y){return y.doDrop({message:o.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var m,y,_;y=this._scheduled;for(m in y)_=y[m],this.jobStatus(_.job.options.id)==="RUNNING"&&(clearTimeout(_.timeout),clearTimeout(_.expiration),_.job.doDrop({message:o.dropErrorMessage}));return this._dropAllQueued(o.dropErrorMessage),d(0)}))):this.schedule({priority:He-1,weight:0},()=>d(1)),this._receive=function(m){return m._reject(new E.prototype.BottleneckError(o.enqueueErrorMessage))},this.stop=()=>this.Promise.reject(new E.prototype.BottleneckError("stop() has already been called")),l}async _addToQueue(o){var l,d,m,y,_,S,j;({args:l,options:y}=o);try{({reachedHWM:_,blocked:d,strategy:j}=await this._store.__submit__(this.queued(),y.weight))}catch(N){return m=N,this.Events.trigger("debug",`Could not queue ${y.id}`,{args:l,options:y,error:m}),o.doDrop({error:m}),!1}return d?(o.doDrop(),!0):_&&(S=j===E.prototype.strategy.LEAK?this._queues.shiftLastFrom(y.priority):j===E.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(y.priority+1):j===E.prototype.strategy.OVERFLOW?o:void 0,S?.doDrop(),S==null||j===E.prototype.strategy.OVERFLOW)?(S==null&&o.doDrop(),_):(o.doQueue(_,d),this._queues.push(o),await this._drainAll(),_)}_receive(o){return this._states.jobStatus(o.options.id)!=null?(o._reject(new E.prototype.BottleneckError(`A job with the same id already exists (id=${o.options.id})`)),!1):(o.doReceive(),this._submitLock.schedule(this._addToQueue,o))}submit(...o){var l,d,m,y,_,S,j;return typeof o[0]=="function"?(_=o,[d,...o]=_,[l]=sr.call(o,-1),y=B.load({},this.jobDefaults)):(S=o,[y,d,...o]=S,[l]=sr.call(o,-1),y=B.load(y,this.jobDefaults)),j=(...N)=>new this.Promise(function(de,Vs){return d(...N,function(...ir){return(ir[0]!=null?Vs:de)(ir)})}),m=new Ve(j,o,y,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),m.promise.then(function(N){return typeof l=="function"?l(...N):void 0}).catch(function(N){return Array.isArray(N)?typeof l=="function"?l(...N):void 0:typeof l=="function"?l(N):void 0}),this._receive(m)}schedule(...o){var l,d,m;return typeof o[0]=="function"?([m,...o]=o,d={}):[d,m,...o]=o,l=new Ve(m,o,d,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),this._receive(l),l.promise}wrap(o){var l,d;return l=this.schedule.bind(this),d=function(...m){return l(o.bind(this),...m)},d.withOptions=function(m,...y){return l(m,o,...y)},d}async updateSettings(o={}){return await this._store.__updateSettings__(B.overwrite(o,this.storeDefaults)),B.overwrite(o,this.instanceDefaults,this),this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(o=0){return this._store.__incrementReservoir__(o)}}return E.default=E,E.Events=We,E.version=E.prototype.version=Bs.version,E.strategy=E.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3},E.BottleneckError=E.prototype.BottleneckError=v,E.Group=E.prototype.Group=qs,E.RedisConnection=E.prototype.RedisConnection=Ft,E.IORedisConnection=E.prototype.IORedisConnection=Mt,E.Batcher=E.prototype.Batcher=Fs,E.prototype.jobDefaults={priority:Zt,weight:1,expiration:null,id:"<no-id>"},E.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:E.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null},E.prototype.localStoreDefaults={Promise,timeout:null,heartbeatInterval:250},E.prototype.redisStoreDefaults={Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:!1,connection:null},E.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:!0,trackDoneStatus:!1,Promise},E.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:!0,dropErrorMessage:"This limiter has been stopped."},E}).call(e);var or=Yt,Ws=or;return Ws}))});import*as Ar from"os";function Y(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ie(e){return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}:{}}function ie(e,t,r){let n=new Ze(e,t,r);process.stdout.write(n.toString()+Ar.EOL)}var Rr="::",Ze=class{constructor(t,r,n){t||(t="missing.command"),this.command=t,this.properties=r,this.message=n}toString(){let t=Rr+this.command;if(this.properties&&Object.keys(this.properties).length>0){t+=" ";let r=!0;for(let n in this.properties)if(this.properties.hasOwnProperty(n)){let s=this.properties[n];s&&(r?r=!1:t+=",",t+=`${n}=${Qs(s)}`)}}return t+=`${Rr}${Hs(this.message)}`,t}};function Hs(e){return Y(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Qs(e){return Y(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}import*as Cr from"crypto";import*as Ae from"fs";import*as Re from"os";function jr(e,t){let r=process.env[`GITHUB_${e}`];if(!r)throw new Error(`Unable to find environment variable for file command ${e}`);if(!Ae.existsSync(r))throw new Error(`Missing file at path: ${r}`);Ae.appendFileSync(r,`${Y(t)}${Re.EOL}`,{encoding:"utf8"})}function xr(e,t){let r=`ghadelimiter_${Cr.randomUUID()}`,n=Y(t);if(e.includes(r))throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);if(n.includes(r))throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);return`${e}<<${r}${Re.EOL}${n}${Re.EOL}${r}`}import*as nt from"os";import{EOL as Js}from"os";import{constants as Gr,promises as Ks}from"fs";var et=function(e,t,r,n){function s(i){return i instanceof r?i:new r(function(a){a(i)})}return new(r||(r=Promise))(function(i,a){function u(g){try{h(n.next(g))}catch(w){a(w)}}function p(g){try{h(n.throw(g))}catch(w){a(w)}}function h(g){g.done?i(g.value):s(g.value).then(u,p)}h((n=n.apply(e,t||[])).next())})},{access:Xs,appendFile:Ys,writeFile:Zs}=Ks,Pr="GITHUB_STEP_SUMMARY";var tt=class{constructor(){this._buffer=""}filePath(){return et(this,void 0,void 0,function*(){if(this._filePath)return this._filePath;let t=process.env[Pr];if(!t)throw new Error(`Unable to find environment variable for $${Pr}. Check if your runtime environment supports job summaries.`);try{yield Xs(t,Gr.R_OK|Gr.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,r,n={}){let s=Object.entries(n).map(([i,a])=>` ${i}="${a}"`).join("");return r?`<${t}${s}>${r}</${t}>`:`<${t}${s}>`}write(t){return et(this,void 0,void 0,function*(){let r=!!t?.overwrite,n=yield this.filePath();return yield(r?Zs:Ys)(n,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return et(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,r=!1){return this._buffer+=t,r?this.addEOL():this}addEOL(){return this.addRaw(Js)}addCodeBlock(t,r){let n=Object.assign({},r&&{lang:r}),s=this.wrap("pre",this.wrap("code",t),n);return this.addRaw(s).addEOL()}addList(t,r=!1){let n=r?"ol":"ul",s=t.map(a=>this.wrap("li",a)).join(""),i=this.wrap(n,s);return this.addRaw(i).addEOL()}addTable(t){let r=t.map(s=>{let i=s.map(a=>{if(typeof a=="string")return this.wrap("td",a);let{header:u,data:p,colspan:h,rowspan:g}=a,w=u?"th":"td",T=Object.assign(Object.assign({},h&&{colspan:h}),g&&{rowspan:g});return this.wrap(w,p,T)}).join("");return this.wrap("tr",i)}).join(""),n=this.wrap("table",r);return this.addRaw(n).addEOL()}addDetails(t,r){let n=this.wrap("details",this.wrap("summary",t)+r);return this.addRaw(n).addEOL()}addImage(t,r,n){let{width:s,height:i}=n||{},a=Object.assign(Object.assign({},s&&{width:s}),i&&{height:i}),u=this.wrap("img",null,Object.assign({src:t,alt:r},a));return this.addRaw(u).addEOL()}addHeading(t,r){let n=`h${r}`,s=["h1","h2","h3","h4","h5","h6"].includes(n)?n:"h1",i=this.wrap(s,t);return this.addRaw(i).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,r){let n=Object.assign({},r&&{cite:r}),s=this.wrap("blockquote",t,n);return this.addRaw(s).addEOL()}addLink(t,r){let n=this.wrap("a",t,{href:r});return this.addRaw(n).addEOL()}},eo=new tt;var W=eo;import zr from"os";import*as Ce from"fs";var{chmod:to,copyFile:ro,lstat:no,mkdir:so,open:qa,readdir:oo,rename:io,rm:ao,rmdir:Fa,stat:uo,symlink:co,unlink:lo}=Ce.promises,po=process.platform==="win32";var Ma=Ce.constants.O_RDONLY;var Qa=process.platform==="win32";var Za=zr.platform(),eu=zr.arch();var rt;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(rt||(rt={}));function Dr(e){ie("add-mask",{},e)}function Lr(e,t){let r=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!r)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?r:r.trim()}function C(e,t){if(process.env.GITHUB_OUTPUT||"")return jr("OUTPUT",xr(e,t));process.stdout.write(nt.EOL),ie("set-output",{name:e},Y(t))}function F(e){process.exitCode=rt.Failure,je(e)}function je(e,t={}){ie("error",Ie(t),e instanceof Error?e.toString():e)}function xe(e,t={}){ie("warning",Ie(t),e instanceof Error?e.toString():e)}function me(e,t={}){ie("notice",Ie(t),e instanceof Error?e.toString():e)}function Ur(e){process.stdout.write(e+nt.EOL)}function qr(e,t,r){let s=ke(e,t,{notes:r,omitSubject:!0}).split(`
`).slice(1).join(`
`).trim();return{title:pe(e),summary:s||pe(e),text:"",annotations:[]}}function Fr(e,t,r){return{failing:e.rules.some(n=>n.status==="fail"),findings:t,resolved:Je(e,"resolved"),passing:[Je(e,"passing"),...r.map(n=>`${n}
`)].join(`
`)}}async function Mr(e,t,r,n){let s=n.rules["debt-link"],i=new Map;for(let a of r.slice(0,5)){if(a.register!=="github"){i.set(a.ref,{status:"ok",detail:"not resolvable through the GitHub API"});continue}let u=/^(?:([\w.-]+)\/([\w.-]+))?#(\d+)$/u.exec(a.ref);if(!u)continue;let p=u[1]&&u[2]?{owner:u[1],repo:u[2]}:t,h=wo(n,`${p.owner}/${p.repo}`)??s.labels,g=await e.readIssue(p,Number(u[3]));g.exists?g.isPullRequest?i.set(a.ref,{status:"missing",detail:"a pull request, not a register issue"}):g.labels.some(w=>h.some(T=>T.toLowerCase()===w.toLowerCase()))?i.set(a.ref,{status:"ok"}):i.set(a.ref,{status:"unlabelled",detail:`expected label ${h.join(" or ")}, found ${g.labels.join(", ")||"none"}`}):i.set(a.ref,{status:"missing",detail:"no such issue"})}return i}function wo(e,t){for(let r of e.rules["debt-link"].registers)if("github"in r&&r.github.label&&(r.github.repo??t).toLowerCase()===t.toLowerCase())return[r.github.label]}async function Br(e,t,r){let{api:n,inputs:s}=e,i=new Sr(s.dryRun,e.log),a=await n.readCheckContext(t,{path:s.configPath,ref:r}),{subject:u}=a,p=await _r(n,t,s.configPath,r,a.config);if(!p.ok)return{type:"config-error",markdown:wr(p.errors,s.configPath),errors:p.errors,blocked:i.blocked};p.source==="defaults"&&e.log(`No ${s.configPath} on ${r??"the default branch"}: using the embedded defaults.`);let h=s.mode?{...p.config,mode:s.mode}:p.config,g=s.checkName??h.report["check-name"],w=async(Q,le)=>{let ve=u.headSha;t.kind!=="pr"||!ve||await i.attempt("check run",()=>n.createCheckRun({owner:t.owner,repo:t.repo,name:g,headSha:ve,conclusion:Q,output:le}))},T=br(u,h);if(T)return h.report["check-run"]&&await w("skipped",{title:`Skipped: ${T}`,summary:`alignment-check skipped this pull request because ${T}.`,text:"",annotations:[]}),{type:"skipped",reason:T,subject:u,blocked:i.blocked};let R=dr({kind:u.kind,number:u.number,title:u.title,body:u.body,labels:u.labels,repo:`${t.owner}/${t.repo}`,serverUrl:e.serverUrl},h),G=h.rules["debt-link"].verify&&R.links.length>0&&u.kind==="pr"&&(R.debtWork.isDebtWork||R.debtWork.declaresNewDebt)?await Mr(n,t,R.links,h):void 0,k=pr(R,h,G?{verification:G}:{}),$=e.notes?await e.notes(h,u):[],M=ke(k,h,{notes:$}),H=s.comment??h.report.comment,P={subjectId:u.nodeId??"",viewer:a.viewer,comments:a.comments,complete:a.allComments},[,X]=await Promise.all([h.report["check-run"]?w(k.conclusion,qr(k,h,$)):Promise.resolve(),i.attempt("comment",()=>Or(n,t,P,Fr(k,M,$),H))]);return e.log(`${pe(k)}; comment: ${X??(s.dryRun?"dry-run":"not written")}`),{type:"checked",result:k,config:h,markdown:M,comment:X,blocked:i.blocked}}function _o(e){return e.map((t,r)=>typeof t=="number"?`[${t}]`:`${r===0?"":"."}${String(t)}`).join("")}var Wr=e=>(e?.message??"invalid").replace(/^Invalid input: /u,"");function U(e,t,r){let n=t.safeParse(r);if(n.success)return n.data;let s=n.error.issues[0],i=_o(s?.path??[]),a;throw r===void 0||typeof r=="string"||r instanceof ArrayBuffer?a="that is not JSON":i===""?a=`that is not what GitHub documents (${Wr(s)})`:s?.code==="invalid_type"&&/received undefined$/u.test(s.message)?a=`without \`${i}\``:a=`whose \`${i}\` is not what GitHub documents (${Wr(s)})`,new I(e,void 0,`returned an answer ${a}`)}function V(e){return b({pageInfo:b({hasNextPage:z(),endCursor:f().nullable()}),nodes:A(e.nullable()).nullable()})}function D(e,t){return t?e:e.optional()}var Ge=class extends Error{name="UnreadableAnswerError"};function Eo(e){let t=e.replace(/\s+/gu," ").trim();return t.length>60?`${t.slice(0,60)}\u2026`:t}function Vr(e){e.hook.after("request",(t,r)=>{let n=String(r.headers.accept??"");if(!/json/iu.test(n)||t.status===204)return;let s=t.data;if(s===null)throw new Ge("returned an answer that is `null`");if(typeof s!="string"&&!(s instanceof ArrayBuffer))return;let i=String(t.headers["content-type"]??"no content type").split(";")[0]??"",a=typeof s=="string"?s:"",u=/json/iu.test(i)?"is not valid JSON (cut off?)":`is not JSON (${i}${a===""?"":`: ${Eo(a)}`})`;throw new Ge(`returned an answer that ${u}`)})}var vo={NOT_FOUND:404,FORBIDDEN:403,INSUFFICIENT_SCOPES:403,UNAUTHORIZED:401,RATE_LIMITED:403};function To(e){if(typeof e!="object"||e===null)return;let t=Reflect.get(e,"errors");if(!(Reflect.get(e,"name")!=="GraphqlResponseError"||!Array.isArray(t)))return{data:Reflect.get(e,"data"),errors:t.map(r=>{let n=typeof r=="object"&&r!==null?r:{};return{type:typeof n.type=="string"?n.type:void 0,message:typeof n.message=="string"?n.message:String(r),path:Array.isArray(n.path)?n.path:[]}})}}async function x(e,t,r,n,s,i=()=>!1){let a,u=[];try{a=await e.graphql(r,n)}catch(p){let h=To(p);if(h===void 0)throw vr(t,p);let g=h.errors.filter(w=>!i(w));if(g.length>0||h.data===void 0||h.data===null){let w=g[0]??h.errors[0],T=w?.type===void 0?void 0:vo[w.type],R=(g.length>0?g:h.errors).slice(0,3).map(k=>`${k.type?`${k.type}: `:""}${k.message}${k.path.length>0?` (at ${k.path.join(".")})`:""}`).join("; "),v=w?.type==="FORBIDDEN",G=v?` \u2014 ${kr(t)}`:"";throw new I(t,T,`${R}${G}`,{cause:p,permission:v?Tr(t):void 0})}a=h.data,u=h.errors}if(a===void 0)throw new I(t,void 0,"returned an answer without `data`");if(a===null)throw new I(t,void 0,"returned an answer whose `data` is null");return{data:U(t,s,a),errors:u}}var ot=(e,t)=>t.every((r,n)=>e.path[n]===r);var Pe=`
  fragment SprintMilestone on Milestone {
    number
    title
    description
    dueOn
    closedAt
    createdAt
    state
  }
`,ko=b({number:O().int(),title:f(),description:f().nullable(),dueOn:f().nullable(),closedAt:f().nullable(),createdAt:f(),state:f()}),Ne=V(ko);function So(e){return{number:e.number,title:e.title,description:e.description,due_on:e.dueOn,closed_at:e.closedAt,created_at:e.createdAt,state:e.state==="OPEN"?"open":"closed"}}function ze(e){return{nodes:(e.nodes??[]).flatMap(t=>t?[So(t)]:[]),more:e.pageInfo.hasNextPage}}var fe=50,Qr=25,re=`
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
    labels(first: ${fe}) {
      nodes {
        name
      }
    }
    closingIssuesReferences(first: ${Qr}) {
      nodes {
        number
        repository {
          nameWithOwner
        }
      }
    }
  }
`,ne=`
  fragment SprintIssue on Issue {
    number
    title
    url
    issueState: state
    stateReason
    closedAt
    updatedAt
    body
    repository {
      nameWithOwner
    }
    labels(first: ${fe}) {
      nodes {
        name
      }
    }
    closedByPullRequestsReferences(first: ${Qr}, includeClosedPrs: true) {
      nodes {
        number
        mergedAt
        repository {
          nameWithOwner
        }
      }
    }
  }
`,it=`
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
`,Oo=`
  query AlignmentSprintItems(
    $owner: String!
    $name: String!
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
  ) {
    repository(owner: $owner, name: $name) {
      ${it}
    }
  }
  ${re}
  ${ne}
`,De=b({nameWithOwner:f()}),Jr=b({nodes:A(b({name:f()}).nullable()).nullable()}).nullable(),he=b({number:O().int(),title:f(),url:f(),prState:f(),mergedAt:f().nullable(),closedAt:f().nullable(),updatedAt:f(),additions:O().int(),deletions:O().int(),body:f(),repository:De,labels:Jr,closingIssuesReferences:b({nodes:A(b({number:O().int(),repository:De}).nullable()).nullable()}).nullable()}),ge=b({number:O().int(),title:f(),url:f(),issueState:f(),stateReason:f().nullable(),closedAt:f().nullable(),updatedAt:f(),body:f(),repository:De,labels:Jr,closedByPullRequestsReferences:b({nodes:A(b({number:O().int(),mergedAt:f().nullable(),repository:De}).nullable()).nullable()}).nullable()}),Kr=e=>(e?.nodes??[]).flatMap(t=>t?[t.name]:[]);function ye(e){let t=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed";return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:Kr(e.labels),body:e.body,...e.mergedAt===null?{}:{completedAt:e.mergedAt},updatedAt:e.updatedAt,state:t,closes:(e.closingIssuesReferences?.nodes??[]).flatMap(r=>r?[`${r.repository.nameWithOwner}#${r.number}`]:[]),additions:e.additions,deletions:e.deletions}}function be(e){let t="open";return e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:Kr(e.labels),body:e.body,...e.closedAt===null?{}:{completedAt:e.closedAt},updatedAt:e.updatedAt,state:t,closes:[],closedBy:(e.closedByPullRequestsReferences?.nodes??[]).flatMap(r=>r&&r.mergedAt!==null?[`${r.repository.nameWithOwner}#${r.number}`]:[])}}function Hr(e,t,r){if(e===void 0)return;if(e===null)return{cursor:null,oldestUpdatedAt:null};let n=null;for(let i of e.nodes??[]){if(i===null){r.push(n===null?{kind:"redacted",repo:""}:{kind:"redacted",repo:"",completedAt:n,updatedAt:n});continue}n=i.updatedAt,r.push(t(i))}let s=r.find(i=>i.updatedAt!==void 0)?.updatedAt;for(let i=0;i<r.length;i+=1){let a=r[i];a?.kind==="redacted"&&a.completedAt===void 0&&s!==void 0&&(r[i]={kind:"redacted",repo:"",completedAt:s,updatedAt:s})}return{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestUpdatedAt:n}}function at(e){return b({mergedPullRequests:D(V(he).nullable(),e.prs),closedIssues:D(V(ge).nullable(),e.issues)})}function ut(e){let t=[],r=[],n=Hr(e?.mergedPullRequests,ye,t),s=Hr(e?.closedIssues,be,r);return{items:[...t,...r],prs:n,issues:s}}var ct=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="mergedPullRequests"||e.path[1]==="closedIssues")&&e.path[2]==="nodes";async function Xr(e,t,r){let s=`GraphQL query AlignmentSprintItems (${[r.prs===void 0?"":"merged PRs",r.issues===void 0?"":"closed issues"].filter(Boolean).join(" and ")} of ${t.owner}/${t.repo})`,i={prs:r.prs!==void 0,issues:r.issues!==void 0},{data:a}=await x(e,s,Oo,{owner:t.owner,name:t.repo,withPrs:i.prs,prCursor:r.prs??null,withIssues:i.issues,issueCursor:r.issues??null},b({repository:at(i).nullable()}),ct);return ut(a.repository)}var $o=`
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
    labels(first: ${fe}) {
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
    labels(first: ${fe}) {
      nodes {
        name
      }
    }
  }
  ${Pe}
`,Zr=b({nameWithOwner:f()}),en=b({nodes:A(b({name:f()}).nullable()).nullable()}).nullable(),tn=b({login:f()}).nullable(),Io=b({number:O().int(),title:f(),url:f(),body:f(),createdAt:f(),mergedAt:f().nullable(),closedAt:f().nullable(),prState:f(),isDraft:z(),author:tn,repository:Zr,labels:en}),Ro=b({number:O().int(),title:f(),url:f(),body:f(),createdAt:f(),closedAt:f().nullable(),issueState:f(),stateReason:f().nullable(),author:tn,repository:Zr,labels:en}),rn=e=>(e?.nodes??[]).flatMap(t=>t?[t.name]:[]);function Ao(e){let t=e.mergedAt!==null||e.prState==="MERGED"?"merged":e.prState==="OPEN"?"open":"closed",r=e.mergedAt??void 0;return{kind:"pr",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:rn(e.labels),body:e.body,createdAt:e.createdAt,...r===void 0?{}:{completedAt:r},state:t,author:e.author?.login??"ghost",draft:e.isDraft}}function Co(e){let t="open";return e.issueState==="CLOSED"&&(t=e.stateReason==="NOT_PLANNED"?"not_planned":e.stateReason==="DUPLICATE"?"duplicate":e.stateReason==="COMPLETED"?"completed":"closed"),{kind:"issue",repo:e.repository.nameWithOwner,number:e.number,title:e.title,url:e.url,labels:rn(e.labels),body:e.body,createdAt:e.createdAt,...e.closedAt===null||t==="open"?{}:{completedAt:e.closedAt},state:t,author:e.author?.login??"ghost",draft:!1}}function jo(e){return b({repository:b({pullRequests:D(V(Io),e.prs!==void 0),issues:D(V(Ro),e.issues!==void 0),milestones:D(Ne,e.milestones===!0)}).nullable()})}function Yr(e,t,r){if(e===void 0)return{stream:void 0,unreadable:0};let n=null,s=0;for(let i of e.nodes??[]){if(i===null){s+=1;continue}n=i.createdAt,r.push(t(i))}return{stream:{cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null,oldestCreatedAt:n},unreadable:s}}var xo=e=>e.path.length>=4&&e.path[0]==="repository"&&(e.path[1]==="pullRequests"||e.path[1]==="issues")&&e.path[2]==="nodes";async function nn(e,t,r){let s=`GraphQL query AlignmentAuditItems (${[r.prs===void 0?"":"PRs",r.issues===void 0?"":"issues",r.milestones===!0?"milestones":""].filter(Boolean).join(" and ")||"nothing"} of ${t.owner}/${t.repo})`,{data:i}=await x(e,s,$o,{owner:t.owner,name:t.repo,withPrs:r.prs!==void 0,prCursor:r.prs??null,withIssues:r.issues!==void 0,issueCursor:r.issues??null,withMilestones:r.milestones===!0},jo(r),xo),a=i.repository;if(a===null)throw new I(s,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let u=[],p=Yr(a.pullRequests,Ao,u),h=Yr(a.issues,Co,u);return{items:u,unreadable:p.unreadable+h.unreadable,prs:p.stream,issues:h.stream,milestones:a.milestones===void 0?void 0:ze(a.milestones)}}var Go=50,sn=65535,Po=b({id:O().int()});async function on(e,t){let r=`POST /repos/${t.owner}/${t.repo}/check-runs`,n=await q(r,()=>e.request("POST /repos/{owner}/{repo}/check-runs",{owner:t.owner,repo:t.repo,name:t.name,head_sha:t.headSha,status:"completed",conclusion:t.conclusion,...t.detailsUrl?{details_url:t.detailsUrl}:{},output:{title:oe(t.output.title,255),summary:oe(t.output.summary,sn),text:oe(t.output.text,sn),annotations:t.output.annotations.slice(0,Go).map(s=>({path:s.path,start_line:s.line,end_line:s.line,annotation_level:s.level,title:oe(s.title,255),message:oe(s.message,64e3)}))}}));U(r,Po,n.data)}function Z(){return typeof navigator=="object"&&"userAgent"in navigator?navigator.userAgent:typeof process=="object"&&process.version!==void 0?`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`:"<environment undetectable>"}function Le(e,t,r,n){if(typeof r!="function")throw new Error("method for before hook must be a function");return n||(n={}),Array.isArray(t)?t.reverse().reduce((s,i)=>Le.bind(null,e,i,s,n),r)():Promise.resolve().then(()=>e.registry[t]?e.registry[t].reduce((s,i)=>i.hook.bind(null,s,n),r)():r(n))}function an(e,t,r,n){let s=n;e.registry[r]||(e.registry[r]=[]),t==="before"&&(n=(i,a)=>Promise.resolve().then(s.bind(null,a)).then(i.bind(null,a))),t==="after"&&(n=(i,a)=>{let u;return Promise.resolve().then(i.bind(null,a)).then(p=>(u=p,s(u,a))).then(()=>u)}),t==="error"&&(n=(i,a)=>Promise.resolve().then(i.bind(null,a)).catch(u=>s(u,a))),e.registry[r].push({hook:n,orig:s})}function un(e,t,r){if(!e.registry[t])return;let n=e.registry[t].map(s=>s.orig).indexOf(r);n!==-1&&e.registry[t].splice(n,1)}var cn=Function.bind,ln=cn.bind(cn);function dn(e,t,r){let n=ln(un,null).apply(null,r?[t,r]:[t]);e.api={remove:n},e.remove=n,["before","error","after","wrap"].forEach(s=>{let i=r?[t,s,r]:[t,s];e[s]=e.api[s]=ln(an,null).apply(null,i)})}function No(){let e=Symbol("Singular"),t={registry:{}},r=Le.bind(null,t,e);return dn(r,t,e),r}function zo(){let e={registry:{}},t=Le.bind(null,e);return dn(t,e),t}var pn={Singular:No,Collection:zo};var Do="0.0.0-development",Lo=`octokit-endpoint.js/${Do} ${Z()}`,Uo={method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":Lo},mediaType:{format:""}};function qo(e){return e?Object.keys(e).reduce((t,r)=>(t[r.toLowerCase()]=e[r],t),{}):{}}function Fo(e){if(typeof e!="object"||e===null||Object.prototype.toString.call(e)!=="[object Object]")return!1;let t=Object.getPrototypeOf(e);if(t===null)return!0;let r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r=="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}function hn(e,t){let r=Object.assign({},e);return Object.keys(t).forEach(n=>{Fo(t[n])?n in e?r[n]=hn(e[n],t[n]):Object.assign(r,{[n]:t[n]}):Object.assign(r,{[n]:t[n]})}),r}function mn(e){for(let t in e)e[t]===void 0&&delete e[t];return e}function dt(e,t,r){if(typeof t=="string"){let[s,i]=t.split(" ");r=Object.assign(i?{method:s,url:i}:{url:s},r)}else r=Object.assign({},t);r.headers=qo(r.headers),mn(r),mn(r.headers);let n=hn(e||{},r);return r.url==="/graphql"&&(e&&e.mediaType.previews?.length&&(n.mediaType.previews=e.mediaType.previews.filter(s=>!n.mediaType.previews.includes(s)).concat(n.mediaType.previews)),n.mediaType.previews=(n.mediaType.previews||[]).map(s=>s.replace(/-preview/,""))),n}function Mo(e,t){let r=/\?/.test(e)?"&":"?",n=Object.keys(t);return n.length===0?e:e+r+n.map(s=>s==="q"?"q="+t.q.split("+").map(encodeURIComponent).join("+"):`${s}=${encodeURIComponent(t[s])}`).join("&")}var Bo=/\{[^{}}]+\}/g;function Wo(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function Vo(e){let t=e.match(Bo);return t?t.map(Wo).reduce((r,n)=>r.concat(n),[]):[]}function fn(e,t){let r={__proto__:null};for(let n of Object.keys(e))t.indexOf(n)===-1&&(r[n]=e[n]);return r}function gn(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(t){return/%[0-9A-Fa-f]/.test(t)||(t=encodeURI(t).replace(/%5B/g,"[").replace(/%5D/g,"]")),t}).join("")}function ue(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(t){return"%"+t.charCodeAt(0).toString(16).toUpperCase()})}function we(e,t,r){return t=e==="+"||e==="#"?gn(t):ue(t),r?ue(r)+"="+t:t}function ae(e){return e!=null}function lt(e){return e===";"||e==="&"||e==="?"}function Ho(e,t,r,n){var s=e[r],i=[];if(ae(s)&&s!=="")if(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||typeof s=="boolean")s=s.toString(),n&&n!=="*"&&(s=s.substring(0,parseInt(n,10))),i.push(we(t,s,lt(t)?r:""));else if(n==="*")Array.isArray(s)?s.filter(ae).forEach(function(a){i.push(we(t,a,lt(t)?r:""))}):Object.keys(s).forEach(function(a){ae(s[a])&&i.push(we(t,s[a],a))});else{let a=[];Array.isArray(s)?s.filter(ae).forEach(function(u){a.push(we(t,u))}):Object.keys(s).forEach(function(u){ae(s[u])&&(a.push(ue(u)),a.push(we(t,s[u].toString())))}),lt(t)?i.push(ue(r)+"="+a.join(",")):a.length!==0&&i.push(a.join(","))}else t===";"?ae(s)&&i.push(ue(r)):s===""&&(t==="&"||t==="?")?i.push(ue(r)+"="):s===""&&i.push("");return i}function Qo(e){return{expand:Jo.bind(null,e)}}function Jo(e,t){var r=["+","#",".","/",";","?","&"];return e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(n,s,i){if(s){let u="",p=[];if(r.indexOf(s.charAt(0))!==-1&&(u=s.charAt(0),s=s.substr(1)),s.split(/,/g).forEach(function(h){var g=/([^:\*]*)(?::(\d+)|(\*))?/.exec(h);p.push(Ho(t,u,g[1],g[2]||g[3]))}),u&&u!=="+"){var a=",";return u==="?"?a="&":u!=="#"&&(a=u),(p.length!==0?u:"")+p.join(a)}else return p.join(",")}else return gn(i)}),e==="/"?e:e.replace(/\/$/,"")}function yn(e){let t=e.method.toUpperCase(),r=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}"),n=Object.assign({},e.headers),s,i=fn(e,["method","baseUrl","url","headers","request","mediaType"]),a=Vo(r);r=Qo(r).expand(i),/^http/.test(r)||(r=e.baseUrl+r);let u=Object.keys(e).filter(g=>a.includes(g)).concat("baseUrl"),p=fn(i,u);if(!/application\/octet-stream/i.test(n.accept)&&(e.mediaType.format&&(n.accept=n.accept.split(/,/).map(g=>g.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")),r.endsWith("/graphql")&&e.mediaType.previews?.length)){let g=n.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];n.accept=g.concat(e.mediaType.previews).map(w=>{let T=e.mediaType.format?`.${e.mediaType.format}`:"+json";return`application/vnd.github.${w}-preview${T}`}).join(",")}return["GET","HEAD"].includes(t)?r=Mo(r,p):"data"in p?s=p.data:Object.keys(p).length&&(s=p),!n["content-type"]&&typeof s<"u"&&(n["content-type"]="application/json; charset=utf-8"),["PATCH","PUT"].includes(t)&&typeof s>"u"&&(s=""),Object.assign({method:t,url:r,headers:n},typeof s<"u"?{body:s}:null,e.request?{request:e.request}:null)}function Ko(e,t,r){return yn(dt(e,t,r))}function bn(e,t){let r=dt(e,t),n=Ko.bind(null,r);return Object.assign(n,{DEFAULTS:r,defaults:bn.bind(null,r),merge:dt.bind(null,r),parse:yn})}var wn=bn(null,Uo);var zn=ur(On(),1);var ai=/^-?\d+$/,Fe=/^-?\d+n+$/,ee=JSON.stringify,ht=JSON.parse,Cn=/^-?\d+n$/,$n=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g,In=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g,gt=e=>e===void 0||typeof e=="function"||typeof e=="symbol",yt=e=>e!==null&&typeof e=="object"&&e.constructor&&e.constructor.name==="RawJSON",ui=(e,t,r)=>{let n="";typeof r=="number"?n=" ".repeat(Math.min(10,Math.max(0,Math.floor(r)))):typeof r=="string"&&(n=r.slice(0,10));let s=typeof t=="function",i=Array.isArray(t)?new Set(t.map(String)):null,a=(v,G,k)=>(k!==null&&typeof k=="object"&&typeof k.toJSON=="function"&&(k=k.toJSON(G)),typeof k=="string"&&Fe.test(k)?k+"n":typeof k=="bigint"?"rawJSON"in JSON?JSON.rawJSON(k.toString()):k.toString()+"n":(s&&(k=t.call(v,G,k)),k!==null&&typeof k=="object"&&(k instanceof Number||k instanceof String||k instanceof Boolean)&&(k=k.valueOf()),k)),u=a({"":e},"",e);if(gt(u))return;let p=u===null||typeof u!="object",h=yt(u);if(p||h)return ee(u);let g=[],w=0,T=[{parent:{"":u},key:"",val:u,isArray:Array.isArray(u),keys:Array.isArray(u)?null:Object.keys(u),index:0,first:!0}],R=new WeakSet([u]);for(;T.length>0;){let v=T[T.length-1];v.index===0&&(g.push(v.isArray?"[":"{"),w++);let G=!1;if(v.isArray)if(v.index<v.val.length){v.first||g.push(","),n&&g.push(`
`+n.repeat(w));let k=v.val[v.index],$=a(v.val,String(v.index),k);if(gt($))g.push("null"),v.first=!1,v.index++;else{let M=$!==null&&typeof $=="object",H=yt($);if(M&&!H){if(R.has($))throw new TypeError("Converting circular structure to JSON");R.add($),T.push({parent:v.val,key:String(v.index),val:$,isArray:Array.isArray($),keys:Array.isArray($)?null:Object.keys($),index:0,first:!0}),v.first=!1,v.index++}else g.push(ee($)),v.first=!1,v.index++}}else G=!0;else{for(;v.index<v.keys.length;){let $=v.keys[v.index++];if(i&&!i.has($))continue;let H=v.val[$],P=a(v.val,$,H);if(gt(P))continue;v.first||g.push(","),n?g.push(`
`+n.repeat(w)+ee($)+": "):g.push(ee($)+":");let X=P!==null&&typeof P=="object",Q=yt(P);if(X&&!Q){if(R.has(P))throw new TypeError("Converting circular structure to JSON");R.add(P),T.push({parent:v.val,key:$,val:P,isArray:Array.isArray(P),keys:Array.isArray(P)?null:Object.keys(P),index:0,first:!0}),v.first=!1;break}else g.push(ee(P)),v.first=!1}v.index>=v.keys.length&&T[T.length-1]===v&&(G=!0)}G&&(w--,!v.first&&n&&g.push(`
`+n.repeat(w)),g.push(v.isArray?"]":"}"),R.delete(v.val),T.pop())}return g.join("")},jn=(e,t,r)=>{try{return"rawJSON"in JSON?ee(e,(u,p)=>typeof p=="bigint"?JSON.rawJSON(p.toString()):typeof t=="function"?t(u,p):(Array.isArray(t)&&t.includes(u),p),r):e?ee(e,(u,p)=>typeof p=="string"&&Fe.test(p)||typeof p=="bigint"?p.toString()+"n":typeof t=="function"?t(u,p):(Array.isArray(t)&&t.includes(u),p),r).replace($n,"$1$2$3").replace(In,"$1$2$3"):ee(e,t,r)}catch(n){if(n instanceof RangeError){let s=ui(e,t,r);return s===void 0?void 0:"rawJSON"in JSON?s:s.replace($n,"$1$2$3").replace(In,"$1$2$3")}throw n}},qe=new Map,ci=()=>{let e=JSON.parse.toString();if(qe.has(e))return qe.get(e);try{let t=JSON.parse("1",(r,n,s)=>!!s?.source&&s.source==="1");return qe.set(e,t),t}catch{return qe.set(e,!1),!1}},li=(e,t,r,n)=>typeof t=="string"&&Cn.test(t)?BigInt(t.slice(0,-1)):typeof t=="string"&&Fe.test(t)?t.slice(0,-1):typeof n=="function"?n(e,t,r):t,di=(e,t)=>JSON.parse(e,(r,n,s)=>{let i=typeof n=="number",a=n>Number.MAX_SAFE_INTEGER||n<Number.MIN_SAFE_INTEGER,u=i&&a,p=s&&ai.test(s.source);return u&&p?BigInt(s.source):typeof t=="function"?t(r,n,s):n}),xn=Number.MAX_SAFE_INTEGER.toString(),Rn=xn.length,pi=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g,mi=/^"-?\d+n+"$/,fi=(e,t)=>{let r={"":e},n=[{parent:r,key:"",visited:!1}];for(;n.length>0;){let s=n[n.length-1];if(s.visited){let{parent:i,key:a}=s,u=i[a];typeof u=="string"&&(Cn.test(u)?u=BigInt(u.slice(0,-1)):Fe.test(u)&&(u=u.slice(0,-1))),typeof t=="function"&&(u=t.call(i,a,u)),u===void 0?delete i[a]:i[a]=u,n.pop()}else{s.visited=!0;let i=s.parent[s.key];if(i!==null&&typeof i=="object"){let u=Object.keys(i);for(let p=u.length-1;p>=0;p--)n.push({parent:i,key:u[p],visited:!1})}}}return r[""]},An=e=>e.replace(pi,(t,r,n,s)=>{let i=t[0]==='"';if(i&&mi.test(t))return t.substring(0,t.length-1)+'n"';let u=n||s,p=r&&(r.length<Rn||r.length===Rn&&r<=xn);return i||u||p?t:'"'+t+'n"'}),Gn=(e,t)=>{if(!e)return ht(e,t);try{if(ci())return di(e,t);let r=An(e);return ht(r,(n,s,i)=>li(n,s,i,t))}catch(r){if(r instanceof RangeError){let n=An(e),s=ht(n);return fi(s,t)}throw r}};var J=class extends Error{name;status;request;response;constructor(t,r,n){super(t,{cause:n.cause}),this.name="HttpError",this.status=Number.parseInt(r),Number.isNaN(this.status)&&(this.status=0);"response"in n&&(this.response=n.response);let s=Object.assign({},n.request);n.request.headers.authorization&&(s.headers=Object.assign({},n.request.headers,{authorization:n.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})),s.url=s.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]"),this.request=s}};var hi="10.0.16",gi={headers:{"user-agent":`octokit-request.js/${hi} ${Z()}`}};function yi(e){if(typeof e!="object"||e===null||Object.prototype.toString.call(e)!=="[object Object]")return!1;let t=Object.getPrototypeOf(e);if(t===null)return!0;let r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r=="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}var Pn=()=>"";async function Nn(e){let t=e.request?.fetch||globalThis.fetch;if(!t)throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");let r=e.request?.log||console,n=e.request?.parseSuccessResponseBody!==!1,s=yi(e.body)||Array.isArray(e.body)?jn(e.body):e.body,i=Object.fromEntries(Object.entries(e.headers).map(([w,T])=>[w,String(T)])),a;try{a=await t(e.url,{method:e.method,body:s,redirect:e.request?.redirect,headers:i,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(w){let T="Unknown Error";if(w instanceof Error){if(w.name==="AbortError")throw w.status=500,w;T=w.message,w.name==="TypeError"&&"cause"in w&&(w.cause instanceof Error?T=w.cause.message:typeof w.cause=="string"&&(T=w.cause))}let R=new J(T,500,{request:e});throw R.cause=w,R}let u=a.status,p=a.url,h={};for(let[w,T]of a.headers)h[w]=T;let g={url:p,status:u,headers:h,data:""};if("deprecation"in h){let w=h.link&&h.link.match(/<([^<>]+)>; rel="deprecation"/),T=w&&w.pop();r.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${h.sunset}${T?`. See ${T}`:""}`)}if(u===204||u===205)return g;if(e.method==="HEAD"){if(u<400)return g;throw new J(a.statusText,u,{response:g,request:e})}if(u===304)throw g.data=await bt(a),new J("Not modified",u,{response:g,request:e});if(u>=400)throw g.data=await bt(a),new J(wi(g.data),u,{response:g,request:e});return g.data=n?await bt(a):a.body,g}async function bt(e){let t=e.headers.get("content-type");if(!t)return e.text().catch(Pn);let r=(0,zn.parse)(t);if(bi(r)){let n="";try{return n=await e.text(),Gn(n)}catch{return n}}else return r.type.startsWith("text/")||r.parameters.charset?.toLowerCase()==="utf-8"&&r.type!=="application/octet-stream"?e.text().catch(Pn):e.arrayBuffer().catch(()=>new ArrayBuffer(0))}function bi(e){return e.type==="application/json"||e.type==="application/scim+json"}function wi(e){if(typeof e=="string")return e;if(e instanceof ArrayBuffer)return"Unknown error";if(typeof e=="object"&&e!==null&&"message"in e){let t=e,r="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(n=>JSON.stringify(n)).join(", ")}${r}`:`${t.message}${r}`}return`Unknown error: ${JSON.stringify(e)}`}function wt(e,t){let r=e.defaults(t);return Object.assign(function(s,i){let a=r.merge(s,i);if(!a.request||!a.request.hook)return Nn(r.parse(a));let u=(p,h)=>Nn(r.parse(r.merge(p,h)));return Object.assign(u,{endpoint:r,defaults:wt.bind(null,r)}),a.request.hook(u,a)},{endpoint:r,defaults:wt.bind(null,r)})}var _e=wt(wn,gi);var _i="0.0.0-development";function Ei(e){return`Request failed due to following response errors:
`+e.errors.map(t=>` - ${t.message}`).join(`
`)}var vi=class extends Error{constructor(e,t,r){super(Ei(r)),this.request=e,this.headers=t,this.response=r,this.errors=r.errors,this.data=r.data,Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}request;headers;response;name="GraphqlResponseError";errors;data},Ti=["method","baseUrl","url","headers","request","query","mediaType","operationName"],ki=["query","method","url"],Dn=/\/api\/v3\/?$/;function Si(e,t,r){if(r){if(typeof t=="string"&&"query"in r)return Promise.reject(new Error('[@octokit/graphql] "query" cannot be used as variable name'));for(let a in r)if(ki.includes(a))return Promise.reject(new Error(`[@octokit/graphql] "${a}" cannot be used as variable name`))}let n=typeof t=="string"?Object.assign({query:t},r):t,s=Object.keys(n).reduce((a,u)=>Ti.includes(u)?(a[u]=n[u],a):(a.variables||(a.variables={}),a.variables[u]=n[u],a),{}),i=n.baseUrl||e.endpoint.DEFAULTS.baseUrl;return Dn.test(i)&&(s.url=i.replace(Dn,"/api/graphql")),e(s).then(a=>{if(a.data.errors){let u={};for(let p of Object.keys(a.headers))u[p]=a.headers[p];throw new vi(s,u,a.data)}return a.data.data})}function _t(e,t){let r=e.defaults(t);return Object.assign((s,i)=>Si(r,s,i),{defaults:_t.bind(null,r),endpoint:r.endpoint})}var lc=_t(_e,{headers:{"user-agent":`octokit-graphql.js/${_i} ${Z()}`},method:"POST",url:"/graphql"});function Ln(e){return _t(e,{method:"POST",url:"/graphql"})}var Et="(?:[a-zA-Z0-9_-]+)",Un="\\.",qn=new RegExp(`^${Et}${Un}${Et}${Un}${Et}$`),Oi=qn.test.bind(qn);async function $i(e){let t=Oi(e),r=e.startsWith("v1.")||e.startsWith("ghs_"),n=e.startsWith("ghu_");return{type:"token",token:e,tokenType:t?"app":r?"installation":n?"user-to-server":"oauth"}}function Ii(e){return e.split(/\./).length===3?`bearer ${e}`:`token ${e}`}async function Ri(e,t,r,n){let s=t.endpoint.merge(r,n);return s.headers.authorization=Ii(e),t(s)}var Fn=function(t){if(!t)throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");if(typeof t!="string")throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");return t=t.replace(/^(token|bearer) +/i,""),Object.assign($i.bind(null,t),{hook:Ri.bind(null,t)})};var vt="7.0.8";var Mn=()=>{},Ai=console.warn.bind(console),Ci=console.error.bind(console);function ji(e={}){return typeof e.debug!="function"&&(e.debug=Mn),typeof e.info!="function"&&(e.info=Mn),typeof e.warn!="function"&&(e.warn=Ai),typeof e.error!="function"&&(e.error=Ci),e}var Bn=`octokit-core.js/${vt} ${Z()}`,Me=class{static VERSION=vt;static defaults(t){return class extends this{constructor(...n){let s=n[0]||{};if(typeof t=="function"){super(t(s));return}super(Object.assign({},t,s,s.userAgent&&t.userAgent?{userAgent:`${s.userAgent} ${t.userAgent}`}:null))}}}static plugins=[];static plugin(...t){let r=this.plugins;return class extends this{static plugins=r.concat(t.filter(s=>!r.includes(s)))}}constructor(t={}){let r=new pn.Collection,n={baseUrl:_e.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},t.request,{hook:r.bind(null,"request")}),mediaType:{previews:[],format:""}};if(n.headers["user-agent"]=t.userAgent?`${t.userAgent} ${Bn}`:Bn,t.baseUrl&&(n.baseUrl=t.baseUrl),t.previews&&(n.mediaType.previews=t.previews),t.timeZone&&(n.headers["time-zone"]=t.timeZone),this.request=_e.defaults(n),this.graphql=Ln(this.request).defaults(n),this.log=ji(t.log),this.hook=r,t.authStrategy){let{authStrategy:i,...a}=t,u=i(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:a},t.auth));r.wrap("request",u.hook),this.auth=u}else if(!t.auth)this.auth=async()=>({type:"unauthenticated"});else{let i=Fn(t.auth);r.wrap("request",i.hook),this.auth=i}let s=this.constructor;for(let i=0;i<s.plugins.length;++i)Object.assign(this,s.plugins[i](this,t))}request;graphql;log;hook;auth};var xi="0.0.0-development";function Gi(e){if(!e.data)return{...e,data:[]};if(!(("total_count"in e.data||"total_commits"in e.data)&&!("url"in e.data)))return e;let r=e.data.incomplete_results,n=e.data.repository_selection,s=e.data.total_count,i=e.data.total_commits;delete e.data.incomplete_results,delete e.data.repository_selection,delete e.data.total_count,delete e.data.total_commits;let a=Object.keys(e.data)[0],u=e.data[a];return e.data=u,typeof r<"u"&&(e.data.incomplete_results=r),typeof n<"u"&&(e.data.repository_selection=n),e.data.total_count=s,e.data.total_commits=i,e}function Tt(e,t,r){let n=typeof t=="function"?t.endpoint(r):e.request.endpoint(t,r),s=typeof t=="function"?t:e.request,i=n.method,a=n.headers,u=n.url;return{[Symbol.asyncIterator]:()=>({async next(){if(!u)return{done:!0};try{let p=await s({method:i,url:u,headers:a}),h=Gi(p);if(u=((h.headers.link||"").match(/<([^<>]+)>;\s*rel="next"/)||[])[1],!u&&"total_commits"in h.data){let g=new URL(h.url),w=g.searchParams,T=parseInt(w.get("page")||"1",10),R=parseInt(w.get("per_page")||"250",10);T*R<h.data.total_commits&&(w.set("page",String(T+1)),u=g.toString())}return{value:h}}catch(p){if(p.status!==409)throw p;return u="",{value:{status:200,headers:{},data:[]}}}}})}}function Wn(e,t,r,n){return typeof r=="function"&&(n=r,r=void 0),Vn(e,[],Tt(e,t,r)[Symbol.asyncIterator](),n)}function Vn(e,t,r,n){return r.next().then(s=>{if(s.done)return t;let i=!1;function a(){i=!0}return t=t.concat(n?n(s.value,a):s.value.data),i?t:Vn(e,t,r,n)})}var kc=Object.assign(Wn,{iterator:Tt});function kt(e){return{paginate:Object.assign(Wn.bind(null,e),{iterator:Tt.bind(null,e)})}}kt.VERSION=xi;var Jn=ur(Hn(),1);var Pi="0.0.0-development";function Ni(e){return e.request!==void 0}async function Qn(e,t,r,n){if(!Ni(r)||!r?.request.request)throw r;if(r.status>=400&&!e.doNotRetry.includes(r.status)){let s=n.request.retries!=null?n.request.retries:e.retries,i=Math.pow((n.request.retryCount||0)+1,2);throw t.retry.retryRequest(r,s,i)}throw r}async function zi(e,t,r,n){let s=new Jn.default;return s.on("failed",function(i,a){let u=~~i.request.request?.retries,p=~~i.request.request?.retryAfter;if(n.request.retryCount=a.retryCount+1,u>a.retryCount)return p*e.retryAfterBaseValue}),s.schedule(Di.bind(null,e,t,r),n)}async function Di(e,t,r,n){let s=await r(n);if(s.data&&s.data.errors&&s.data.errors.length>0&&/Something went wrong while executing your query/.test(s.data.errors[0].message)){let i=new J(s.data.errors[0].message,500,{request:n,response:s});return Qn(e,t,i,n)}return s}function $t(e,t){let r=Object.assign({enabled:!0,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry),n={retry:{retryRequest:(s,i,a)=>(s.request.request=Object.assign({},s.request.request,{retries:i,retryAfter:a}),s)}};return r.enabled&&(e.hook.error("request",Qn.bind(null,r,n)),e.hook.wrap("request",zi.bind(null,r,n))),n}$t.VERSION=Pi;var Li=Me.plugin(kt,$t),Ui=2,qi="https://api.github.com";function Fi(e){let t;return async(r,n)=>(t??=import("./chunks/proxy-fetch-D6IZCZSW.js").then(s=>s.proxyFetch(e)),(await t)(r,n))}function Mi(e){let t=e.ACTIONS_ORCHESTRATION_ID?.trim();return t?`alignment-check actions_orchestration_id/${t.replace(/[^a-z0-9_.-]/giu,"_")}`:"alignment-check"}function Kn(e){let t=e.env??process.env,r=e.baseUrl??qi,n=["https_proxy","HTTPS_PROXY","http_proxy","HTTP_PROXY"].some(i=>(t[i]??"")!==""),s=new Li({auth:`token ${e.token}`,baseUrl:r,userAgent:Mi(t),...n?{request:{fetch:Fi(r)}}:{},retry:{doNotRetry:[400,401,403,404,410,422,429,451],retries:Ui}});return Er(s,{log:e.log}),Vr(s),s}var Ee=100,It=`
  fragment AlignmentComment on IssueComment {
    id
    databaseId
    body
    author {
      login
    }
    isMinimized
  }
`,Xn=`
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
        firstComments: comments(first: ${Ee}) {
          totalCount
          nodes {
            ...AlignmentComment
          }
        }
        lastComments: comments(last: ${Ee}) {
          nodes {
            ...AlignmentComment
          }
        }
`,Bi=`
  query AlignmentCheck($owner: String!, $name: String!, $number: Int!, $isPr: Boolean!, $config: String!) {
    viewer {
      login
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) @include(if: $isPr) {
        ${Xn}
        isDraft
        headRefOid
        baseRefName
      }
      issue(number: $number) @skip(if: $isPr) {
        ${Xn}
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
  ${It}
`,Be=b({id:f(),databaseId:O().int().nullable(),body:f(),author:b({login:f()}).nullable(),isMinimized:z()}),Yn=b({nodes:A(Be.nullable()).nullable()}),Zn=b({id:f(),number:O().int(),title:f(),body:f().nullable(),author:b({login:f(),__typename:f()}).nullable(),labels:b({nodes:A(b({name:f()}).nullable()).nullable()}).nullable(),firstComments:Yn.extend({totalCount:O().int()}),lastComments:Yn,isDraft:z().optional(),headRefOid:f().optional(),baseRefName:f().optional()}),Wi=b({viewer:b({login:f()}),repository:b({pullRequest:Zn.nullable().optional(),issue:Zn.nullable().optional(),config:b({__typename:f(),text:f().nullable().optional(),isBinary:z().nullable().optional(),isTruncated:z().optional(),byteSize:O().int().optional()}).nullable()}).nullable()});function ce(e){return(e??[]).flatMap(t=>t&&t.databaseId!==null?[{id:t.databaseId,nodeId:t.id,body:t.body,author:t.author?.login??"ghost",minimized:t.isMinimized}]:[])}function Rt(e,t){let r=new Set(e.map(n=>n.id));return[...e,...t.filter(n=>!r.has(n.id))]}function Vi(e,t){return e==null?{found:!1}:e.__typename!=="Blob"?{found:!0,text:void 0,problem:`${t} is a ${e.__typename==="Tree"?"directory":e.__typename}, expected a file`}:e.isBinary===!0?{found:!0,text:void 0,problem:`${t} is not a text file`}:e.isTruncated===!0||e.text===null||e.text===void 0?{found:!0,text:void 0,problem:void 0}:{found:!0,text:e.text,problem:void 0}}async function es(e,t,r){let n=`GraphQL query AlignmentCheck (${t.kind==="pr"?"pull request":"issue"} ${t.owner}/${t.repo}#${t.number})`,s=`${r.ref??"HEAD"}:${r.path.replace(/^\.?\/+/u,"")}`,{data:i}=await x(e,n,Bi,{owner:t.owner,name:t.repo,number:t.number,isPr:t.kind==="pr",config:s},Wi),a=t.kind==="pr"?i.repository?.pullRequest:i.repository?.issue;if(i.repository===null)throw new I(n,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);if(!a)throw new I(n,404,"not found, or the token cannot see it");let u=ce(a.firstComments.nodes),p=Rt(u,ce(a.lastComments.nodes));return{viewer:i.viewer.login,subject:{kind:t.kind,nodeId:a.id,number:a.number,title:a.title,body:a.body??"",labels:(a.labels?.nodes??[]).flatMap(h=>h?[h.name]:[]),author:{login:a.author?.login??"ghost",isBot:a.author?.__typename==="Bot"},draft:a.isDraft===!0,headSha:a.headRefOid,baseRef:a.baseRefName},comments:p,allComments:a.firstComments.totalCount<=p.length,config:Vi(i.repository.config,r.path)}}var Hi=b({id:O().int(),node_id:f(),body:f().nullable().optional(),user:b({login:f()}).nullable()});async function ns(e,t){let r=`GET /repos/${t.owner}/${t.repo}/issues/${t.number}/comments`,n=await q(r,()=>e.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t.owner,repo:t.repo,issue_number:t.number,per_page:100}));return U(r,A(Hi),n).map(s=>({id:s.id,nodeId:s.node_id,body:s.body??"",author:s.user?.login??""}))}var Qi=b({id:O().int()});async function ss(e,t,r,n){let s=`PATCH /repos/${t.owner}/${t.repo}/issues/comments/${r}`,i=await q(s,()=>e.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:t.owner,repo:t.repo,comment_id:r,body:n}));U(s,Qi,i.data)}var ts=`
          firstComments: comments(first: ${Ee}) {
            nodes {
              ...AlignmentComment
            }
          }
          lastComments: comments(last: ${Ee}) {
            nodes {
              ...AlignmentComment
            }
          }
`,Ji=`
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
          ${ts}
        }
        ... on PullRequest {
          ${ts}
        }
      }
    }
  }
  ${It}
`,rs=b({nodes:A(Be.nullable()).nullable()}),Ki=b({addComment:b({commentEdge:b({node:Be}),subject:b({__typename:f(),firstComments:rs.optional(),lastComments:rs.optional()})})});async function os(e,t,r,n){let s=`GraphQL mutation AlignmentAddComment (${t.kind==="pr"?"pull request":"issue"} ${t.owner}/${t.repo}#${t.number})`,i=(await x(e,s,Ji,{subjectId:r,body:n},Ki)).data.addComment,[a]=ce([i.commentEdge.node]);if(a===void 0)return{created:{id:0,body:n,author:""},thread:[]};let u=Rt(ce(i.subject.firstComments?.nodes??null),ce(i.subject.lastComments?.nodes??null));return{created:a,thread:u}}var Xi=`
  mutation AlignmentDeleteComment($id: ID!) {
    deleteIssueComment(input: { id: $id }) {
      clientMutationId
    }
  }
`,Yi=b({deleteIssueComment:b({clientMutationId:f().nullable()})});async function is(e,t,r){let n=`GraphQL mutation AlignmentDeleteComment (comment ${r.id} in ${t.owner}/${t.repo})`;r.nodeId!==void 0&&await x(e,n,Xi,{id:r.nodeId},Yi)}var Zi=`
  mutation AlignmentMinimizeComment($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
      minimizedComment {
        isMinimized
      }
    }
  }
`,ea=`
  mutation AlignmentUnminimizeComment($id: ID!) {
    unminimizeComment(input: { subjectId: $id }) {
      unminimizedComment {
        isMinimized
      }
    }
  }
`,as=b({isMinimized:z()}).nullable(),ta=b({minimizeComment:b({minimizedComment:as})}),ra=b({unminimizeComment:b({unminimizedComment:as})});async function us(e,t,r,n){let i=`GraphQL mutation ${n?"AlignmentMinimizeComment":"AlignmentUnminimizeComment"} (comment ${r.id} in ${t.owner}/${t.repo})`;r.nodeId!==void 0&&(n?await x(e,i,Zi,{id:r.nodeId},ta):await x(e,i,ea,{id:r.nodeId},ra))}var na=b({type:f(),content:f().optional()});async function cs(e,t,r,n){let s=`GET /repos/${t.owner}/${t.repo}/contents/${r}${n?`?ref=${n}`:""}`;try{let a=(await q(s,()=>e.request("GET /repos/{owner}/{repo}/contents/{path}",{owner:t.owner,repo:t.repo,path:r,...n?{ref:n}:{}}))).data;if(Array.isArray(a))throw new I(s,void 0,`${r} is a directory, expected a file`);let u=U(s,na,a);if(u.type!=="file")throw new I(s,void 0,`${r} is a ${u.type}, expected a file`);if(u.content===void 0)throw new I(s,void 0,`${r} has no content in the answer (larger than 1 MB?)`);return new Uint8Array(Buffer.from(u.content,"base64"))}catch(i){if(i instanceof I&&i.isNotFound)return;throw i}}var sa=b({pull_request:b({}).nullable().optional(),labels:A(Se([f(),b({name:f().optional()})]))});async function ls(e,t,r){let n=`GET /repos/${t.owner}/${t.repo}/issues/${r}`;try{let s=await q(n,()=>e.request("GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t.owner,repo:t.repo,issue_number:r})),i=U(n,sa,s.data);return{exists:!0,isPullRequest:i.pull_request!==void 0&&i.pull_request!==null,labels:i.labels.map(a=>typeof a=="string"?a:a.name??"").filter(Boolean)}}catch(s){if(s instanceof I&&(s.isNotFound||s.status===410))return{exists:!1,isPullRequest:!1,labels:[]};throw s}}var At=`
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
`,ds="id title startDate duration",ms=`
  projectOwner: repositoryOwner(login: $projectOwner) @include(if: $withProject) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $projectNumber) {
        title
        field(name: $iterationField) {
          __typename
          ... on ProjectV2IterationField {
            configuration {
              iterations { ${ds} }
              completedIterations { ${ds} }
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
`,oa=`
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
  ${At}
  ${re}
  ${ne}
`,ia=Oe("__typename",[he.extend({__typename:te("PullRequest")}),ge.extend({__typename:te("Issue")}),b({__typename:te("DraftIssue")})]),aa=b({type:f(),isArchived:z(),iteration:b({__typename:f(),iterationId:f().optional()}).nullable(),points:b({__typename:f(),number:O().nullable().optional()}).nullable().optional(),content:ia.nullable()}),ua=V(aa),ps=b({id:f(),title:f(),startDate:f(),duration:O().int()});function ca(e){return b({title:D(f(),e),field:D(b({__typename:f(),configuration:b({iterations:A(ps),completedIterations:A(ps)}).optional()}).nullable(),e),items:ua})}function Ct(e,t){return D(b({__typename:f(),projectV2:ca(t).nullable().optional()}).nullable(),e)}function jt(e,t=null){return{withProject:e!==void 0,projectOwner:e?.owner??"",projectNumber:e?.number??0,projectCursor:t,iterationField:e?.field??"",pointsField:e?.points??"",withPoints:e?.points!==void 0}}function fs(e){let t=[],r=0,n=0;for(let s of e.nodes??[]){if(s===null){n+=1;continue}let i=s.iteration?.__typename==="ProjectV2ItemFieldIterationValue"?s.iteration.iterationId:void 0,a=s.points?.__typename==="ProjectV2ItemFieldNumberValue"?s.points.number??void 0:void 0,u={...i===void 0?{}:{iteration:i},...a==null?{}:{points:a}},p=s.content;if(s.type==="REDACTED"||p===null){s.type==="DRAFT_ISSUE"?r+=1:t.push({kind:"redacted",repo:"",...i===void 0?{}:{iteration:i}});continue}p.__typename==="PullRequest"?t.push({...ye(p),...u}):p.__typename==="Issue"?t.push({...be(p),...u}):r+=1}return{items:t,drafts:r,unreadable:n,cursor:e.pageInfo.hasNextPage?e.pageInfo.endCursor:null}}function la(e,t){return new I(`GraphQL read of project ${e.owner}/${e.number}`,403,`${t} \u2014 reading a Projects (v2) project needs a token with project read access: a personal access token (classic: read:project; fine-grained: Projects read-only on the organisation) or a GitHub App installation token with Projects read permission, passed as the github-token input (or GITHUB_TOKEN for the CLI). The workflow's own GITHUB_TOKEN cannot read projects.`)}var hs=e=>e.path[0]==="projectOwner",da=e=>e.path[0]==="projectOwner"&&e.path[2]==="items"&&e.path[3]==="nodes"&&e.path.length>=5;function xt(e,t,r){let n=r.find(i=>hs(i)&&!da(i));if(t.projectOwner===null&&n===void 0)throw new I(`GraphQL read of project ${e.owner}/${e.number}`,404,`no user or organisation named "${e.owner}" (sprints.iteration.owner)`);let s=t.projectOwner?.projectV2;if(n!==void 0||s===null||s===void 0){let i=n?.message??`project ${e.number} of ${e.owner} was not found, or this token cannot see it`;throw la(e,i)}return s}function gs(e,t){let r=t.field;if(r==null||r.__typename!=="ProjectV2IterationField"||r.configuration===void 0)throw new I(`GraphQL read of project ${e.owner}/${e.number}`,void 0,r==null?`the project has no field named "${e.field}" (sprints.iteration.field)`:`the field "${e.field}" is a ${r.__typename.replace(/^ProjectV2/,"")}, not an iteration field (sprints.iteration.field)`);let n=[...r.configuration.iterations,...r.configuration.completedIterations].map(s=>({id:s.id,title:s.title,startDate:s.startDate,duration:s.duration}));return{title:t.title??"",iterations:n,...fs(t.items)}}async function ys(e,t,r){let n=`GraphQL query AlignmentSprintProjectItems (project ${t.owner}/${t.number})`,s=jt(t,r);delete s.withProject;let{data:i,errors:a}=await x(e,n,oa,s,b({projectOwner:Ct(!0,!1)}),hs),u=xt(t,i,a);return fs(u.items)}var pa=100,ma=10,bs=`
  fragment SprintTrackingIssue on Issue {
    id
    number
    title
    state
    comments(last: ${pa}) {
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
`,ws=`
    trackingIssue: issue(number: $trackingNumber) @include(if: $trackingByNumber) {
      ...SprintTrackingIssue
    }
    trackingIssues: issues(
      labels: [$trackingLabel]
      states: [OPEN]
      first: ${ma}
      orderBy: { field: CREATED_AT, direction: ASC }
    ) @include(if: $trackingByLabel) {
      nodes {
        ...SprintTrackingIssue
      }
    }
`,Gt=b({id:f(),number:O().int(),title:f(),state:f(),comments:b({pageInfo:b({hasPreviousPage:z()}),nodes:A(b({id:f(),fullDatabaseId:Se([f(),O()]).nullable(),body:f(),author:b({login:f()}).nullable()}).nullable()).nullable()})});function _s(e){let t=[];for(let r of e.comments.nodes??[]){if(r===null||r.fullDatabaseId===null)continue;let n=Number(r.fullDatabaseId);Number.isSafeInteger(n)&&t.push({id:n,nodeId:r.id,body:r.body,author:r.author?.login??""})}return{nodeId:e.id,number:e.number,title:e.title,open:e.state==="OPEN",comments:t,moreComments:e.comments.pageInfo.hasPreviousPage}}var fa=b({number:O().int(),node_id:f()});async function Es(e,t,r){let n=`POST /repos/${t.owner}/${t.repo}/issues`,s=await q(n,()=>e.request("POST /repos/{owner}/{repo}/issues",{owner:t.owner,repo:t.repo,title:r.title,body:r.body,labels:[...r.labels]})),i=U(n,fa,s.data);return{number:i.number,nodeId:i.node_id}}var ha=`
  query AlignmentSprintContext(
    $owner: String!
    $name: String!
    $withMilestones: Boolean!
    $withPrs: Boolean!
    $prCursor: String
    $withIssues: Boolean!
    $issueCursor: String
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
      ${it}
      ${ws}
    }
    ${ms}
  }
  ${Pe}
  ${re}
  ${ne}
  ${bs}
  ${At}
`,vs=e=>e.tracking!==void 0&&"number"in e.tracking,Ts=e=>e.tracking!==void 0&&"label"in e.tracking;function ga(e){return b({viewer:b({login:f()}),repository:at({prs:e.items,issues:e.items}).extend({milestones:D(Ne.nullable(),e.milestones),trackingIssue:D(Gt.nullable(),vs(e)),trackingIssues:D(b({nodes:A(Gt.nullable()).nullable()}).nullable(),Ts(e))}).nullable(),projectOwner:Ct(e.project!==void 0,!0)})}function ya(e){return ct(e)||ot(e,["repository","trackingIssue"])||e.path[0]==="projectOwner"}async function ks(e,t,r){let n=`GraphQL query AlignmentSprintContext (${t.owner}/${t.repo})`,s=r.tracking,{data:i,errors:a}=await x(e,n,ha,{owner:t.owner,name:t.repo,withMilestones:r.milestones,withPrs:r.items,prCursor:null,withIssues:r.items,issueCursor:null,trackingByNumber:vs(r),trackingNumber:s!==void 0&&"number"in s?s.number:0,trackingByLabel:Ts(r),trackingLabel:s!==void 0&&"label"in s?s.label:"",...jt(r.project)},ga(r),ya),u=i.repository;if(u===null)throw new I(n,404,`repository ${t.owner}/${t.repo} not found, or the token cannot see it`);let p=a.find(g=>ot(g,["repository","trackingIssue"]));if(p!==void 0&&p.type!=="NOT_FOUND")throw new I(n,void 0,`reading the tracking issue: ${p.message}`);let h;return s!==void 0&&(h=("number"in s?[u.trackingIssue??null]:u.trackingIssues?.nodes??[]).flatMap(w=>w?[_s(w)]:[])),{viewer:i.viewer.login,milestones:u.milestones?ze(u.milestones):void 0,items:r.items?ut(u):void 0,tracking:h,project:r.project===void 0?void 0:gs(r.project,xt(r.project,i,a))}}var wa=/^([\w.-]+)\/([\w.-]+)#(\d{1,9})$/u;function _a(e){let t=wa.exec(e);return t?.[1]&&t[2]&&t[3]?{owner:t[1],name:t[2],number:Number(t[3])}:void 0}function Ea(e){let t=new Map;for(let u of e.slice(0,100)){let p=_a(u);if(p===void 0)continue;let h=`${p.owner}/${p.name}`.toLowerCase(),g=t.get(h)??{owner:p.owner,name:p.name,numbers:[]};g.numbers.includes(p.number)||g.numbers.push(p.number),t.set(h,g)}let r=[],n=[],s={},i=0;return[...t.values()].forEach((u,p)=>{r.push(`$o${p}: String!`,`$n${p}: String!`),s[`o${p}`]=u.owner,s[`n${p}`]=u.name;let h=u.numbers.map((g,w)=>(r.push(`$r${p}i${w}: Int!`),s[`r${p}i${w}`]=g,i+=1,`    i${w}: issueOrPullRequest(number: $r${p}i${w}) {
      __typename
      ...SprintIssue
      ...SprintPullRequest
    }`));n.push(`  r${p}: repository(owner: $o${p}, name: $n${p}) {
${h.join(`
`)}
  }`)}),{document:`query AlignmentSprintPartners(${r.join(", ")}) {
${n.join(`
`)}
}
${re}
${ne}`,variables:s,count:i}}var va=Ke(f(),Ke(f(),Oe("__typename",[he.extend({__typename:te("PullRequest")}),ge.extend({__typename:te("Issue")})]).nullable()).nullable()),Ta=e=>e.path.length>=1&&/^r\d+$/u.test(String(e.path[0]))&&(e.type===void 0||["NOT_FOUND","FORBIDDEN"].includes(e.type));async function Ss(e,t){let{document:r,variables:n,count:s}=Ea(t);if(s===0)return[];let i=`GraphQL query AlignmentSprintPartners (${s} PR${s===1?"":"s"} and issues by number)`,{data:a}=await x(e,i,r,n,va,Ta),u=[];for(let p of Object.values(a))for(let h of Object.values(p??{}))h!==null&&u.push(h.__typename==="PullRequest"?ye(h):be(h));return u}function Os(e){let t=Kn(e);return{readCheckContext:(r,n)=>es(t,r,n),readFile:(r,n,s)=>cs(t,r,n,s),listComments:r=>ns(t,r),addComment:(r,n,s)=>os(t,r,n,s),deleteComment:(r,n)=>is(t,r,n),updateComment:(r,n,s)=>ss(t,r,n,s),setCommentMinimized:(r,n,s)=>us(t,r,n,s),createCheckRun:r=>on(t,r),readIssue:(r,n)=>ls(t,r,n),readSprintContext:(r,n)=>ks(t,r,n),readWorkItems:(r,n)=>Xr(t,r,n),readItemsByNumber:r=>Ss(t,r),readProjectItems:(r,n)=>ys(t,r,n),readAuditItems:(r,n)=>nn(t,r,n),createIssue:(r,n)=>Es(t,r,n)}}import{readFileSync as ka}from"node:fs";var K=class extends cr{name="ActionInputError"};function Sa(e){if(e===void 0||e==="")return{};let t;try{t=ka(e,"utf8")}catch{throw new K(`GITHUB_EVENT_PATH ${e} cannot be read: run alignment-check as a step of a workflow`)}try{let r=JSON.parse(t);return typeof r=="object"&&r!==null?r:{}}catch{throw new K(`GITHUB_EVENT_PATH ${e} is not JSON: run alignment-check as a step of a workflow`)}}function $s(e=process.env){let t=Sa(e.GITHUB_EVENT_PATH),[r="",n=""]=(e.GITHUB_REPOSITORY??"").split("/"),s=t.repository,i=typeof s=="object"&&s!==null?s:void 0;return{eventName:e.GITHUB_EVENT_NAME??"",payload:t,repo:r!==""&&n!==""?{owner:r,repo:n}:{owner:String(i?.owner?.login??""),repo:String(i?.name??"")},apiUrl:e.GITHUB_API_URL??"https://api.github.com",serverUrl:e.GITHUB_SERVER_URL??"https://github.com"}}var Oa=["opened","edited","reopened","synchronize","ready_for_review","labeled","unlabeled"],$a=["opened","edited","reopened","labeled","unlabeled"];function Is(e,t={}){let{eventName:r,payload:n}=e,s=typeof n.action=="string"?n.action:"",i=se(n.repository),a=typeof i?.default_branch=="string"?i.default_branch:void 0;if(r==="pull_request"||r==="pull_request_target"){if(!Oa.includes(s))return{type:"ignore",reason:`${r}.${s} does not change what is checked`};let u=se(n.pull_request),p=u?.number;if(typeof p!="number")return{type:"ignore",reason:`${r} payload has no pull_request.number`};let h=se(u?.base),g=typeof h?.ref=="string"?h.ref:a,w=se(se(u?.head)?.repo)?.full_name,T=se(h?.repo)?.full_name??i?.full_name,R=w!==T;return{type:"check",ref:{kind:"pr",number:p,owner:e.owner,repo:e.repo},configRef:g,fromFork:R}}if(r==="issues"){if(!$a.includes(s))return{type:"ignore",reason:`issues.${s} does not change what is checked`};let u=se(n.issue)?.number;return typeof u!="number"?{type:"ignore",reason:"issues payload has no issue.number"}:{type:"check",ref:{kind:"issue",number:u,owner:e.owner,repo:e.repo},configRef:a,fromFork:!1}}return r==="milestone"?s==="closed"?{type:"sprint",trigger:"milestone"}:{type:"ignore",reason:`milestone.${s} is not a closed sprint`}:r==="schedule"||r==="workflow_dispatch"?t.audit===void 0?{type:"sprint",trigger:r}:{type:"audit",trigger:r,window:t.audit}:{type:"ignore",reason:`alignment-check does not handle the ${r} event`}}function se(e){return typeof e=="object"&&e!==null?e:void 0}var Ia=".github/alignment.yml",Rs=fr({"github-token":f().min(1),"config-path":f().min(1).default(Ia),mode:gr.optional(),comment:yr.optional(),"check-name":f().min(1).max(100).optional(),"dry-run":hr({truthy:["true"],falsy:["false"],case:"insensitive"}).default(!1),sprint:f().optional(),audit:f().optional().transform((e,t)=>{if(e!==void 0)try{return Ir(e)}catch(r){if(!(r instanceof $r))throw r;return t.addIssue({code:"custom",message:r.message}),mr}}),"audit-kind":Xe(["all","pr","issue"]).default("all"),"audit-trend":Xe(["month","sprint"]).default("month")}),Ra=Object.keys(Rs.shape);function As(e=t=>Lr(t)){let t={};for(let n of Ra)t[n]=e(n).trim()||void 0;let r=Rs.safeParse(t);if(!r.success){let n=r.error.issues[0],s=String(n?.path[0]??"");throw new K(`input ${s}: ${Aa(s,n,t[s])}`)}return Dr(r.data["github-token"]),r.data}function Aa(e,t,r){return e==="github-token"?"expected a token, found an empty value (the default is ${{ github.token }})":t?.code==="invalid_value"?`expected one of ${t.values.join(", ")}, found ${$e(r)}`:e==="dry-run"?`expected true or false, found ${$e(r)}`:e==="audit"?t?.message??"invalid":t?.code==="too_big"?`expected at most ${String(t.maximum)} characters, found ${r?.length??0}`:`${t?.message??"invalid"}, found ${$e(r)}`}function Pt(e){for(let t of e)je(`${t.path?`${t.path}: `:""}${t.message}`,{title:"alignment-check config",file:t.file,startLine:t.line,startColumn:t.column})}var Nt=e=>`The alignment-check config is invalid (${e} error${e===1?"":"s"}); see the annotations.`;async function Cs(e,t){switch(e.blocked.length>0&&xe(Ye(e.blocked,{fromFork:t.fromFork,result:"The result is in this job summary and in the annotations."})),e.type){case"config-error":{Pt(e.errors),await W.addRaw(e.markdown).write(),C("conclusion","failure"),F(Nt(e.errors.length));return}case"skipped":{me(`alignment-check skipped ${e.subject.kind==="pr"?"pull request":"issue"} #${e.subject.number}: ${e.reason}.`),await W.addRaw(`### \u23ED\uFE0F alignment-check skipped #${e.subject.number}

Because ${e.reason}.
`).write(),C("conclusion","skipped"),C("failed-rules","");return}case"checked":{let{result:r,markdown:n}=e,s=r.rules.filter(i=>i.status==="fail").map(i=>i.id);if(e.blocked.length>0)for(let i of r.rules){if(i.status!=="fail"&&i.status!=="warn")continue;(i.status==="fail"&&r.conclusion==="failure"?je:xe)(`${i.message}${i.hint?` \u2014 ${i.hint}`:""}`,{title:`alignment-check: ${i.id}`})}await W.addRaw(n).write(),C("conclusion",r.conclusion),C("result",JSON.stringify(r)),C("failed-rules",s.join(",")),r.conclusion==="failure"&&F(`alignment-check: ${s.join(", ")} failed \u2014 the job summary shows the findings and how to fix them.`);return}}}async function js(e){switch(e.type){case"config-error":{Pt(e.errors),await W.addRaw(e.markdown).write(),C("conclusion","failure"),F(Nt(e.errors.length));return}case"setup-error":C("conclusion","failure"),F(`alignment-check: ${e.message}`);return;case"skipped":me(`alignment-check: no sprint report \u2014 ${e.reason}.`),await W.addRaw(`### \u23ED\uFE0F No sprint report

Because ${e.reason}.
`).write(),C("conclusion","skipped");return;case"reported":{await W.addRaw(e.summary).write();let t=e.reports.at(-1);t!==void 0&&(C("sprint",t.sprint.title),C("ratio",t.ratio===null?"":String(Math.round(t.ratio*1e4)/1e4)),C("debt",String(t.totals.debtWeight)),C("total",String(t.totals.weight))),C("conclusion",e.missingIssue===void 0?"success":"failure"),e.blocked.length>0&&xe(Ye(e.blocked,{fromFork:!1,result:"The sprint report is in this job summary."})),e.missingIssue!==void 0&&F(`alignment-check: ${e.missingIssue}. The report is in the job summary; fix sprints.summary.issue (or set it to auto).`);return}}}async function xs(e){switch(e.type){case"config-error":{Pt(e.errors),await W.addRaw(e.markdown).write(),C("conclusion","failure"),F(Nt(e.errors.length));return}case"setup-error":C("conclusion","failure"),F(`alignment-check: ${e.message}`);return;case"audited":{let{report:t}=e;await W.addRaw(e.markdown).write(),C("conclusion","success"),C("audit",JSON.stringify(t)),C("passing",t.totals.passingShare===null?"":String(Math.round(t.totals.passingShare*1e4)/1e4));return}}}async function Ps(e={}){try{let t=e.context??$s(),r=As(),n=Is({eventName:t.eventName,payload:t.payload,owner:t.repo.owner,repo:t.repo.repo},{audit:r.audit});if(n.type==="ignore"){me(`alignment-check: nothing to do \u2014 ${n.reason}.`),C("conclusion","skipped");return}let s=h=>Ur(h),i=(e.createApi??Os)({token:r["github-token"],baseUrl:t.apiUrl,log:s}),a=e.now??Date.now;if(n.type==="sprint"){let{reportSprints:h}=await import("./chunks/report-sprints-EJQTJ6HR.js"),g={api:i,repo:t.repo,configPath:r["config-path"],dryRun:r["dry-run"],serverUrl:t.serverUrl,now:a(),log:s};await js(await h(g,Ca(n.trigger,t.payload,r.sprint)));return}if(n.type==="audit"){let{auditRepository:h}=await import("./chunks/run-audit-G7X5CC7Q.js"),g=r["audit-kind"]==="all"?["pr","issue"]:[r["audit-kind"]],w={window:n.window,kinds:g,trend:r["audit-trend"],config:{path:r["config-path"]}};await xs(await h({api:i,repo:t.repo,now:a(),log:s},w));return}let u=async h=>{if(!h.sprints["in-pr-check"])return[];let{sprintNotes:g}=await import("./chunks/note-PVYPRRWS.js");return g({api:i,repo:t.repo,log:s,now:a()},h)},p={configPath:r["config-path"],mode:r.mode,comment:r.comment,checkName:r["check-name"],dryRun:r["dry-run"]};await Cs(await Br({api:i,inputs:p,serverUrl:t.serverUrl,log:s,notes:u},n.ref,n.configRef),{fromFork:n.fromFork})}catch(t){let{user:r,message:n}=lr(t);t instanceof K?F(n):F(r?`alignment-check: ${n}`:`alignment-check hit an unexpected error \u2014 please report it with this log: ${n}`)}}var Gs=e=>typeof e=="object"&&e!==null?e:void 0;function Ca(e,t,r){switch(e){case"milestone":{let n=Gs(t.milestone);return{trigger:"milestone",number:typeof n?.number=="number"?n.number:void 0,title:typeof n?.title=="string"?n.title:void 0}}case"schedule":return{trigger:"schedule"};case"workflow_dispatch":{let n=Gs(t.inputs);return{trigger:"workflow_dispatch",sprint:r??(typeof n?.sprint=="string"?n.sprint:void 0)}}}}await Ps();
