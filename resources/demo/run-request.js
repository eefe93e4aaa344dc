// Runs one request in this real browser the way its initiator sends it: fetch(), XMLHttpRequest
// as axios and jQuery use it, @font-face (FontFace.load()), or an <img>, <script> or
// <link rel=stylesheet> element with or without crossorigin. The demo page and the conformance
// suite both run requests through this file, so what the suite checks is what a class sees.
//
// spec: {url, method, headers: [[name, value]], body (string or null), credentials, mode,
//        initiator, crossorigin ('' for none), upload_listener, target_address_space
//        (fetch()'s targetAddressSpace, left out when not set)}.
// Resolves to {ok, status, type, headers} or {ok: false, error}; type says whether the page
// may read what it loaded ('opaque' for a tainted canvas or unreadable cssRules).
'use strict';

// The outcome's headers are the names getAllResponseHeaders() lets the page read.
function runXhr(spec) {
  return new Promise(resolve => {
    const xhr = new XMLHttpRequest();
    try {
      xhr.open(spec.method, spec.url);
    } catch (error) {
      resolve({ok: false, error: String(error)});
      return;
    }
    xhr.withCredentials = spec.credentials === 'include';
    for (const [name, value] of spec.headers) {
      // A forbidden header makes setRequestHeader() throw; the request goes on without it.
      try { xhr.setRequestHeader(name, value); } catch (error) { }
    }
    if (spec.upload_listener) xhr.upload.onprogress = () => {};
    xhr.onload = () => {
      const headers = xhr.getAllResponseHeaders().trim().split(/\r?\n/)
        .filter(line => line).map(line => line.split(':')[0].trim().toLowerCase());
      resolve({ok: true, status: xhr.status, headers: [...new Set(headers)].sort()});
    };
    xhr.onerror = () => resolve({ok: false, error: 'XMLHttpRequest error'});
    xhr.send(spec.body === null ? undefined : spec.body);
  });
}

function runElement(spec) {
  return new Promise(resolve => {
    const tag = {image: 'img', script: 'script', 'module-script': 'script',
                 stylesheet: 'link'}[spec.initiator];
    const element = document.createElement(tag);
    if (spec.crossorigin) element.crossOrigin = spec.crossorigin;
    if (spec.initiator === 'module-script') element.type = 'module';
    if (spec.initiator === 'stylesheet') element.rel = 'stylesheet';
    element.onerror = () => { element.remove(); resolve({ok: false, error: 'error event'}); };
    element.onload = () => {
      const outcome = {ok: true};
      if (spec.initiator === 'image') {
        const canvas = document.createElement('canvas');
        canvas.getContext('2d').drawImage(element, 0, 0);
        try { canvas.toDataURL(); outcome.type = 'cors'; } catch (error) { outcome.type = 'opaque'; }
      } else if (spec.initiator === 'stylesheet') {
        try { element.sheet.cssRules; outcome.type = 'cors'; } catch (error) { outcome.type = 'opaque'; }
      }
      element.remove();
      resolve(outcome);
    };
    if (tag === 'link') element.href = spec.url; else element.src = spec.url;
    document.head.appendChild(element);
  });
}

// fontFamily must be new for every run: a family already loaded is not fetched again.
async function runFont(spec, fontFamily) {
  try {
    await new FontFace(fontFamily, 'url(' + spec.url + ')').load();
    return {ok: true, type: 'cors'};
  } catch (error) {
    return {ok: false, error: String(error)};
  }
}

async function runFetch(spec) {
  const init = {method: spec.method, credentials: spec.credentials, mode: spec.mode};
  if (spec.headers.length) init.headers = new Headers(spec.headers);
  if (spec.body !== null) init.body = spec.body;
  if (spec.target_address_space) init.targetAddressSpace = spec.target_address_space;
  try {
    const response = await fetch(spec.url, init);
    const outcome = {ok: true, status: response.status, type: response.type,
                     headers: [...response.headers.keys()]};
    try { await response.text(); } catch (error) { outcome.bodyError = String(error); }
    return outcome;
  } catch (error) {
    return {ok: false, error: String(error)};
  }
}

function runRequest(spec, fontFamily) {
  const initiator = spec.initiator || 'fetch';
  if (initiator === 'fetch') return runFetch(spec);
  if (initiator === 'xhr') return runXhr(spec);
  if (initiator === 'font') return runFont(spec, fontFamily);
  return runElement(spec);
}
