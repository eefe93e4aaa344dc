<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BrowserSimulator</name>
    <message>
        <source>With credentials: &apos;include&apos; the browser sends the cookies it holds for the site; none were given, so no Cookie line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came in %2 lines; the browser reads them combined as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must allow the method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;*&quot; in Access-Control-Allow-Headers allowed Authorization. Chromium accepts that; the Fetch standard and Firefox do not, so list Authorization by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must allow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect went to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected (%1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin: the page %1 and the URL share scheme, host and port, so CORS does not apply and the page may read everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-cors mode: the request was sent, but the response is opaque. JavaScript sees status 0, no headers and no body, and no CORS error is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: Access-Control-Allow-Origin names %1 and Access-Control-Allow-Credentials is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: Access-Control-Allow-Origin allows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight came from the browser&apos;s preflight cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preflight was needed (%1) and it allowed the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript can read these response headers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--origin is required: the origin of the page that calls fetch(), e.g. http://localhost:5173</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; is not an origin a page can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header: &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credentials: &quot;%1&quot; is not omit, same-origin or include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not cors or no-cors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do what a browser does for one fetch() and say whether CORS allows it. Without --url the policy is served on a free loopback port for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy JSON file to serve (default: Starlette&apos;s defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin of the calling page (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method as written in fetch() (default GET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path on the served policy&apos;s server (default /api/data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this live http:// URL instead of serving a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header, repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Name: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies the browser holds for the target, sent when credentials allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;name=value; ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omit, same-origin (default) or include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cors (default) or no-cors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of the trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url checks a live server: leave out --policy and --path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: &quot;%1&quot; is not an http:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path: &quot;%1&quot; must start with /.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>See what a browser does with CORS, live.

Commands:
  (none)   open the desktop app
  serve    run the CORS server without a window
  check    do what a browser does for one fetch() and give the verdict

Run &apos;cors-playground COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve or check, or nothing to open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: serve, check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorsChecks</name>
    <message>
        <source>&quot;*&quot; is not accepted when the request includes credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; allows every origin (the request has no credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be exactly the page&apos;s origin %1 (or &quot;*&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals the page&apos;s origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be exactly &quot;true&quot; when the request includes credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preflight must not be redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preflight must be answered with a 2xx status (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a comma-separated list of methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a comma-separated list of header names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorsExplanation</name>
    <message>
        <source>The value has a trailing slash; an origin never has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value differs only in upper/lower case; origins are compared exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port differs; the port is part of the origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme differs (http and https are different origins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origins must match exactly: scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: send exactly one line &quot;Access-Control-Allow-Origin: %1&quot; (in middleware mode, put %1 in allow_origins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Access-Control-Allow-Origin header, so the browser keeps it from the page at %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows any origin with &quot;*&quot;, but the request carries credentials (credentials: &apos;include&apos;), and with credentials the wildcard is never accepted. Fix: answer with the exact origin, &quot;Access-Control-Allow-Origin: %2&quot;, plus &quot;Access-Control-Allow-Credentials: true&quot;; or send the request without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives Access-Control-Allow-Origin as &quot;%2&quot;: two header lines, or a list. Browsers accept exactly one origin. A server that allows several origins must pick the one that asked, per request. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives Access-Control-Allow-Origin as &quot;%2&quot;, which is not an origin. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows the origin &quot;%2&quot;, but the page&apos;s origin is &quot;%3&quot;. %4 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carries credentials, so %1 must say &quot;Access-Control-Allow-Credentials: true&quot; (exactly, in lower case); it says &quot;%2&quot;. Fix: send that header (allow_credentials in middleware mode), or send the request without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was answered with status %1, and a preflight must get a 2xx status. Fix: answer OPTIONS with 200 or 204 and the CORS headers. Often OPTIONS has no route, or an authentication check runs before CORS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was answered with a redirect, and browsers never follow redirects for a preflight. Fix: call the final URL directly (a missing trailing slash or http-to-https redirect is the usual cause), or answer OPTIONS without redirecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods on the preflight response is not a comma-separated list of method names, so the browser cannot read it. Fix: send e.g. &quot;Access-Control-Allow-Methods: GET, PUT, DELETE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers on the preflight response is not a comma-separated list of header names, so the browser cannot read it. Fix: send e.g. &quot;Access-Control-Allow-Headers: Content-Type, X-API-Key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request uses the method %1, which needs permission (only GET, HEAD and POST do not), and the preflight response&apos;s Access-Control-Allow-Methods does not list it. Fix: add %1 to Access-Control-Allow-Methods (allow_methods in middleware mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() sends %1 in lower case as written, and the server must list it in exactly that case; writing the method in upper case in the page is simpler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With credentials, &quot;*&quot; does not count as a wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request sends the header %1, which needs permission, and the preflight response&apos;s Access-Control-Allow-Headers does not list it. Fix: add %1 to Access-Control-Allow-Headers (allow_headers in middleware mode), or stop sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; never covers Authorization: it must be listed by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to a URL with a user name or password in it; browsers refuse that for cross-origin requests. Fix: redirect to a URL without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s mode does not allow cross-origin requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() refused the request before sending anything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete (%1). Is the server running, and is the URL right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorsMiddleware</name>
    <message>
        <source>not a CORS request (no Origin header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin allowed (echoed back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin allowed (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin not allowed: no Access-Control-Allow-Origin sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorsPolicy</name>
    <message>
        <source>%1 is not an HTTP status; use a number from 100 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written by the server from the body it sends; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not compile: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more seconds (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorsResponder</name>
    <message>
        <source>manual preflight response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPageServer</name>
    <message>
        <source>the demo page server could not listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchRules</name>
    <message>
        <source>its value %1 contains a character that is not CORS-safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type %1 is not one of application/x-www-form-urlencoded, multipart/form-data or text/plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value %1 is not allowed for %2 without a preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CORS-safelisted header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value is %1 bytes long, over the 128 bytes a safelisted header may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safelisted headers together are %1 bytes, over the 1024 bytes allowed without a preflight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderTableEditor</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header line (duplicates are allowed and sent as written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server closed the connection before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP response: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid chunk size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpSyntax</name>
    <message>
        <source>is empty; an origin looks like &quot;http://localhost:3000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has spaces around it; browsers send the origin without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scheme. An origin is scheme://host[:port], for example &quot;http://%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends with a slash. Browsers send the origin without one, so it would never match: write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a path, query or fragment (%2). An origin is only scheme://host[:port]: write %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid origin: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a user name or password; an origin never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; a method is a word such as GET or PUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid HTTP method: use letters, digits or !#$%&amp;&apos;*+-.^_`|~, no spaces or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; a header name is a word such as Content-Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends with a colon; write the header name without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid header name: use letters, digits or !#$%&amp;&apos;*+-.^_`|~, no spaces, colons or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a line break or NUL character, which would end the header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CORS Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, request log and origin inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open policy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a policy JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the policy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo policy edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo policy edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or stop the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send request	Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the composed request in the simulated browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget cached preflights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the simulated browser&apos;s preflight cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated browser forgot its cached preflights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS server listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White on black, for projectors and low vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide each verdict until you reveal it, so the class guesses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the verdict	Ctrl+Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the browser did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the real-browser &amp;demo page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a page on a second origin that runs the composed request with your browser&apos;s real fetch()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario loaded: press Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualForm</name>
    <message>
        <source>Manual responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent exactly as written: duplicate lines, odd case and trailing slashes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight response (OPTIONS with Access-Control-Request-Method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the preflight answer. Browsers require 200-299; anything else fails the preflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight response (OPTIONS with Access-Control-Request-Method) status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header lines of the preflight answer, e.g. Access-Control-Allow-Origin, -Methods, -Headers, -Max-Age, -Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight response (OPTIONS with Access-Control-Request-Method) header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual response (every other request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the actual answer; a 3xx with a Location line makes the browser follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual response (every other request) status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header lines of the actual answer, e.g. Access-Control-Allow-Origin, -Credentials, -Expose-Headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual response (every other request) header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiddlewareForm</name>
    <message>
        <source>Middleware options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: the origins whose pages may read responses, one per line, exactly as browsers send them: scheme://host[:port], no path, no trailing slash. &quot;*&quot; allows any origin (but never for requests with credentials). Default: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:3000
*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow_origin_regex: a regular expression that must match the whole Origin, e.g. https://.*\.example\.org. Default: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://.*\.example\.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods on preflight responses: methods other than GET, HEAD and POST need to be listed. &quot;*&quot; means DELETE GET HEAD OPTIONS PATCH POST PUT. Compared case-sensitively. Default: GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET
PUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers on preflight responses: request headers a page may send beyond the safelisted ones. Accept, Accept-Language, Content-Language and Content-Type are always allowed. &quot;*&quot; mirrors whatever is requested. Default: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow credentials (cookies, HTTP authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Credentials: true. Needed when the page sends credentials (fetch with credentials: &quot;include&quot;); then Access-Control-Allow-Origin must name the origin, never &quot;*&quot;. Default: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Expose-Headers: response headers JavaScript may read besides Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified and Pragma. Default: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Request-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight max age (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Max-Age: how long a browser may cache a preflight. Chromium caps it at 7200 s (2 hours), Firefox at 86400 s; 0 disables caching. Default: 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight max age in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginComparison</name>
    <message>
        <source>%1: scheme and host are compared in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no port given, so the default %2 for %3 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path, query and fragment are not part of the origin. Access-Control-Allow-Origin is compared as text, though, so &quot;%2/&quot; there would not match &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a URL with scheme and host, such as http://localhost:3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schemes differ: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts differ: %1 and %2 (even if both reach the same machine, as localhost and 127.0.0.1 do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports differ: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginInspector</name>
    <message>
        <source>Origin inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page URL or an origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:3000/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another URL or origin to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme, host and port of both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-origin verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter two URLs such as http://localhost:3000/app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Same origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Different origins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>%1: cannot read the policy file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; the known keys are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings, such as [&quot;%1&quot;], not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or null, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 from %2 to %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of [name, value] pairs, such as [[&quot;Access-Control-Allow-Origin&quot;, &quot;*&quot;]], not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a pair of two strings, [name, value].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy must be a JSON object { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;middleware&quot; or &quot;manual&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>See what a browser does with CORS, live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port (default 8000, or a free one when taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page origin for the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method for the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omit, same-origin or include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies the browser holds for the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the composed request at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result, sequence, log or inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CORS server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a classroom scenario by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in predict mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawHttpClient</name>
    <message>
        <source>no complete response within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http:// URLs can be sent byte for byte (got %1://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin of the page that calls fetch(): scheme://host[:port]. The browser sends it in the Origin header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:5173</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path on the playground server (/api/data) or any http:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in fetch(). GET, HEAD and POST may go without a preflight; fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() credentials mode. &quot;include&quot; sends cookies cross-origin; then the server must answer with the exact origin and Access-Control-Allow-Credentials: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() mode. no-cors allows only GET, HEAD and POST with safelisted headers and gives an opaque response the page cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-cors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session=abc (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies the browser already holds for the target site, like a login session. The browser adds them itself when the credentials mode allows; a page cannot set the Cookie header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies the browser holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers the page sets. Anything beyond Accept, Accept-Language, Content-Language and a simple Content-Type makes the request preflighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a string body (fetch adds Content-Type: text/plain;charset=UTF-8 unless you set one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;hello&quot;: &quot;world&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of request this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the request in the simulated browser (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; is not an origin a page can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: enter a path such as /api/data or an http:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log keeps the newest entries; older ones are dropped and counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every logged request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the server received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request the server received: from the composer, curl or a real browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 in %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) dropped to keep the log bounded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPreparation</name>
    <message>
        <source>%1 is a forbidden header: fetch() drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not safelisted: no-cors mode drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string body makes fetch() add Content-Type: text/plain;charset=UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method %1 is not GET, HEAD or POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() will throw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin: no CORS at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-cors: sent without a preflight; the page gets an opaque response it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple request: sent at once, no preflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflighted: an OPTIONS request goes first, because %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request to see what the browser does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message Chromium prints in the console for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium console message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Firefox prints for the same failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox console message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace and sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line as sent and received. Lines the browser checked say PASS or FAIL; hover for the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ ALLOWED (%1 response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ BLOCKED (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight (from the browser&apos;s cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight, needed because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border: 1px solid palette(mid); padding: 6px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: will the browser allow this request? Then reveal the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the browser did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a real browser reported from the demo page for the same request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real browser result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real browser (demo page): %1, as simulated. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real browser (demo page): %1, which differs from the simulation. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Missing Access-Control-Allow-Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers, but without Access-Control-Allow-Origin the browser keeps the response from the page. The request still reached the server: CORS protects the reader, not the server. Fix: list the page&apos;s origin in allow_origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard origin with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With credentials: &apos;include&apos; the browser never accepts Access-Control-Allow-Origin: *, even with Access-Control-Allow-Credentials: true. Starlette answers * unless the request carries a cookie. Fix: list the exact origin instead of *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight answered with 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication check ran before CORS and answered the OPTIONS preflight with 401. Browsers never send credentials on a preflight, so it must succeed on its own. Fix: answer OPTIONS with 2xx before any authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom header X-API-Key not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Key is not a CORS-safelisted header, so the browser asks first with a preflight, and Access-Control-Allow-Headers must list it. Fix: add X-API-Key to allow_headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin with a trailing slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers send the origin without a path, so &quot;http://localhost:3000/&quot; never equals &quot;http://localhost:3000&quot;: Access-Control-Allow-Origin is compared as text. Fix: drop the slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin in the wrong case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin is compared byte for byte, and browsers send the host in lower case. Fix: write the origin exactly as the browser sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials without Access-Control-Allow-Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin is allowed, but the request includes credentials and the response does not say Access-Control-Allow-Credentials: true. Fix: turn on allow_credentials (with an explicit origin list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method DELETE not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE is not GET, HEAD or POST, so it needs a preflight, and the preflight&apos;s Access-Control-Allow-Methods must list it. Fix: add DELETE to allow_methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy forwards without CORS headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API behind it sends CORS headers, but a reverse proxy in front forwards the body and drops them, so the browser sees none. Fix: let the proxy pass the headers through, or add them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple GET with a wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GET with no custom headers is a simple request: no preflight, and Access-Control-Allow-Origin: * lets any page read it, as long as no credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preflighted PUT that passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT needs a preflight. The server allows the origin and the method, so the browser sends the PUT right after, and caches the preflight for max_age seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response header JavaScript can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript may read only a few response headers unless the server lists more in Access-Control-Expose-Headers. Here X-Request-ID is listed and readable; X-Internal is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Access-Control-Allow-Origin lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two layers (say the app and a proxy) each added Access-Control-Allow-Origin. The browser combines them into one value with two origins and refuses it. Fix: add the header in one place only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON POST against Starlette&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: application/json is not safelisted, so even a POST needs a preflight; Starlette&apos;s default allow_methods is only GET, so it answers the preflight with 400. Fix: add POST to allow_methods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>id, title and lesson are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: unknown credentials or mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected.verdict must be &quot;allowed&quot; or &quot;blocked&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>preflight taken from the cache: no OPTIONS sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (preflight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (redirected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWED: JavaScript gets the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request to draw its exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (check FAILED)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the CORS server without a window. It answers any method on any path as the policy says. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy JSON file (default: Starlette&apos;s defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one (default: 8000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1, this machine only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print a line for each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &quot;%1&quot; is not an IP address, such as 127.0.0.1 or ::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the playground server listens. Only this machine can reach it (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port for the server; 0 picks a free one. Applied when the server (re)starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the server (Ctrl+R restarts it on the chosen port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middleware: behave like Starlette/FastAPI CORSMiddleware with the options below. Manual: send any status and header lines, to reproduce a misconfiguration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middleware (Starlette / FastAPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>needed because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from the preflight cache, not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWED (response type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
