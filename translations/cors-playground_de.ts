<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BrowserSimulator</name>
    <message>
        <source>With credentials: &apos;include&apos; the browser sends the cookies it holds for the site; none were given, so no Cookie line.</source>
        <translation>Mit credentials: &apos;include&apos; sendet der Browser die Cookies, die er für die Website hält; es wurden keine angegeben, also keine Cookie-Zeile.</translation>
    </message>
    <message>
        <source>%1 came in %2 lines; the browser reads them combined as &quot;%3&quot;.</source>
        <translation>%1 kam in %2 Zeilen an; der Browser liest sie zusammengefasst als &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>must allow the method %1</source>
        <translation>muss die Methode %1 erlauben</translation>
    </message>
    <message>
        <source>Only &quot;*&quot; in Access-Control-Allow-Headers allowed Authorization. Chromium accepts that; the Fetch standard and Firefox do not, so list Authorization by name.</source>
        <translation>Nur &quot;*&quot; in Access-Control-Allow-Headers hat Authorization erlaubt. Chromium akzeptiert das; der Fetch-Standard und Firefox nicht, also Authorization namentlich aufführen.</translation>
    </message>
    <message>
        <source>must allow %1</source>
        <translation>muss %1 erlauben</translation>
    </message>
    <message>
        <source>The redirect went to %1.</source>
        <translation>Die Weiterleitung ging nach %1.</translation>
    </message>
    <message>
        <source>Redirected (%1) to %2.</source>
        <translation>Weitergeleitet (%1) nach %2.</translation>
    </message>
    <message>
        <source>Same origin: the page %1 and the URL share scheme, host and port, so CORS does not apply and the page may read everything.</source>
        <translation>Gleicher Ursprung: Die Seite %1 und die URL stimmen in Schema, Host und Port überein, daher greift CORS nicht und die Seite darf alles lesen.</translation>
    </message>
    <message>
        <source>no-cors mode: the request was sent, but the response is opaque. JavaScript sees status 0, no headers and no body, and no CORS error is reported.</source>
        <translation>no-cors-Modus: Die Anfrage wurde gesendet, aber die Antwort ist opak. JavaScript sieht Status 0, keine Header und keinen Body, und es wird kein CORS-Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Allowed: Access-Control-Allow-Origin names %1 and Access-Control-Allow-Credentials is true.</source>
        <translation>Erlaubt: Access-Control-Allow-Origin nennt %1 und Access-Control-Allow-Credentials ist true.</translation>
    </message>
    <message>
        <source>Allowed: Access-Control-Allow-Origin allows %1.</source>
        <translation>Erlaubt: Access-Control-Allow-Origin erlaubt %1.</translation>
    </message>
    <message>
        <source>The preflight came from the browser&apos;s preflight cache.</source>
        <translation>Der Preflight kam aus dem Preflight-Cache des Browsers.</translation>
    </message>
    <message>
        <source>A preflight was needed (%1) and it allowed the request.</source>
        <translation>Ein Preflight war nötig (%1) und hat die Anfrage erlaubt.</translation>
    </message>
    <message>
        <source>JavaScript can read these response headers: %1.</source>
        <translation>JavaScript kann diese Antwort-Header lesen: %1.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Private-Network has no effect: Chromium 156 sends no Private Network Access preflight, and Local Network Access asks the user instead.</source>
        <translation>Access-Control-Allow-Private-Network bewirkt nichts: Chromium 156 sendet keinen Private-Network-Access-Preflight, und Local Network Access fragt stattdessen den Benutzer.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--origin is required: the origin of the page that calls fetch(), e.g. http://localhost:5173</source>
        <translation>--origin ist erforderlich: der Ursprung der Seite, die fetch() aufruft, z. B. http://localhost:5173</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not an origin a page can have.</source>
        <translation>&quot;*&quot; ist kein Ursprung, den eine Seite haben kann.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a method.</source>
        <translation>&quot;*&quot; ist keine Methode.</translation>
    </message>
    <message>
        <source>--header: &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>--header: &quot;%1&quot; hat nicht die Form &quot;Name: Wert&quot;.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a header name.</source>
        <translation>&quot;*&quot; ist kein Header-Name.</translation>
    </message>
    <message>
        <source>--credentials: &quot;%1&quot; is not omit, same-origin or include.</source>
        <translation>--credentials: &quot;%1&quot; ist weder omit, same-origin noch include.</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not cors or no-cors.</source>
        <translation>--mode: &quot;%1&quot; ist weder cors noch no-cors.</translation>
    </message>
    <message>
        <source>Policy JSON file to serve (default: Starlette&apos;s defaults).</source>
        <translation>Bereitzustellende Richtlinien-JSON-Datei (Standard: Starlettes Standardwerte).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Origin of the calling page (required).</source>
        <translation>Ursprung der aufrufenden Seite (erforderlich).</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>URSPRUNG</translation>
    </message>
    <message>
        <source>Method as written in fetch() (default GET).</source>
        <translation>Methode wie in fetch() geschrieben (Standard GET).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Path on the served policy&apos;s server (default /api/data).</source>
        <translation>Pfad auf dem Server der bereitgestellten Richtlinie (Standard /api/data).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request header, repeatable.</source>
        <translation>Anfrage-Header, wiederholbar.</translation>
    </message>
    <message>
        <source>&apos;Name: value&apos;</source>
        <translation>&apos;Name: Wert&apos;</translation>
    </message>
    <message>
        <source>Request body (a string).</source>
        <translation>Anfrage-Body (ein String).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Cookies the browser holds for the target, sent when credentials allow.</source>
        <translation>Cookies, die der Browser für das Ziel hält; gesendet, wenn --credentials es erlaubt.</translation>
    </message>
    <message>
        <source>&apos;name=value; ...&apos;</source>
        <translation>&apos;name=wert; ...&apos;</translation>
    </message>
    <message>
        <source>omit, same-origin (default) or include.</source>
        <translation>omit, same-origin (Standard) oder include.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the trace.</source>
        <translation>Ein JSON-Objekt statt des Verlaufs ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--url checks a live server: leave out --policy and --path.</source>
        <translation>--url prüft einen laufenden Server: --policy und --path weglassen.</translation>
    </message>
    <message>
        <source>--path: &quot;%1&quot; must start with /.</source>
        <translation>--path: &quot;%1&quot; muss mit / beginnen.</translation>
    </message>
    <message>
        <source>Also write the exchanges as an HTTP Archive (HAR 1.2).</source>
        <translation>Die Austausche zusätzlich als HTTP-Archiv (HAR 1.2) schreiben.</translation>
    </message>
    <message>
        <source>--har: cannot write %1: %2</source>
        <translation>--har: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check this live http(s):// URL instead of serving a policy.</source>
        <translation>Diese laufende http(s)://-URL prüfen, statt eine Richtlinie bereitzustellen.</translation>
    </message>
    <message>
        <source>--url: &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>--url: &quot;%1&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>only elements have a crossorigin attribute and only XMLHttpRequest an upload listener.</source>
        <translation>nur Elemente haben ein crossorigin-Attribut und nur XMLHttpRequest einen Upload-Listener.</translation>
    </message>
    <message>
        <source>XMLHttpRequest has no mode (it is always CORS) and no crossorigin attribute; --credentials include means withCredentials = true.</source>
        <translation>XMLHttpRequest hat keinen Modus (es ist immer CORS) und kein crossorigin-Attribut; --credentials include bedeutet withCredentials = true.</translation>
    </message>
    <message>
        <source>@font-face always loads with GET, CORS and same-origin credentials.</source>
        <translation>@font-face lädt immer mit GET, CORS und same-origin-Credentials.</translation>
    </message>
    <message>
        <source>an element always loads with GET and the browser&apos;s own headers; its crossorigin attribute sets the mode and credentials.</source>
        <translation>ein Element lädt immer mit GET und den eigenen Headern des Browsers; sein crossorigin-Attribut bestimmt Modus und Credentials.</translation>
    </message>
    <message>
        <source>--initiator: &quot;%1&quot; is not one of %2.</source>
        <translation>--initiator: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>--initiator %1 does not take %2: %3</source>
        <translation>--initiator %1 nimmt kein %2: %3</translation>
    </message>
    <message>
        <source>--credentials omit: XMLHttpRequest has only withCredentials, false (same-origin, the default) or true (include).</source>
        <translation>--credentials omit: XMLHttpRequest kennt nur withCredentials, false (same-origin, die Voreinstellung) oder true (include).</translation>
    </message>
    <message>
        <source>--crossorigin: &quot;%1&quot; is not anonymous or use-credentials (leave the option out for an element without the attribute).</source>
        <translation>--crossorigin: „%1“ ist weder anonymous noch use-credentials (für ein Element ohne das Attribut die Option weglassen).</translation>
    </message>
    <message>
        <source>Do what a browser does for one request (fetch(), XMLHttpRequest, a font or an element) and say whether CORS allows it. Without --url the policy is served on a free loopback port for the check.</source>
        <translation>Tut, was ein Browser für eine Anfrage tut (fetch(), XMLHttpRequest, eine Schrift oder ein Element), und sagt, ob CORS sie erlaubt. Ohne --url wird die Richtlinie für die Prüfung auf einem freien Loopback-Port bereitgestellt.</translation>
    </message>
    <message>
        <source>cors (default) or no-cors (fetch only).</source>
        <translation>cors (Voreinstellung) oder no-cors (nur fetch).</translation>
    </message>
    <message>
        <source>What sends the request: fetch (default), xhr, font, image, script, module-script or stylesheet.</source>
        <translation>Was die Anfrage sendet: fetch (Voreinstellung), xhr, font, image, script, module-script oder stylesheet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An element&apos;s crossorigin attribute: anonymous or use-credentials; left out, the element has none.</source>
        <translation>Das crossorigin-Attribut eines Elements: anonymous oder use-credentials; weggelassen hat das Element keins.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>XMLHttpRequest: register an upload listener before send().</source>
        <translation>XMLHttpRequest: vor send() einen Upload-Listener registrieren.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not public, local or loopback.</source>
        <translation>--%1: &quot;%2&quot; ist weder public, local noch loopback.</translation>
    </message>
    <message>
        <source>--target-address-space: only fetch() has the targetAddressSpace option.</source>
        <translation>--target-address-space: nur fetch() hat die Option targetAddressSpace.</translation>
    </message>
    <message>
        <source>--local-network-permission: &quot;%1&quot; is not prompt, granted or denied.</source>
        <translation>--local-network-permission: &quot;%1&quot; ist weder prompt, granted noch denied.</translation>
    </message>
    <message>
        <source>Local Network Access: the page&apos;s address space, public, local or loopback (default: from the origin&apos;s host).</source>
        <translation>Local Network Access: der Adressraum der Seite, public, local oder loopback (Standard: nach dem Host des Ursprungs).</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>The server&apos;s address space (default: the page&apos;s for the served policy; for --url, the space of the address its host resolves to).</source>
        <translation>Der Adressraum des Servers (Standard: der der Seite für die bereitgestellte Richtlinie; bei --url der Adressraum der Adresse, in die sein Host aufgelöst wird).</translation>
    </message>
    <message>
        <source>What the user answered to Chromium&apos;s local-network prompt: prompt (not yet: Chromium asks, and the verdict is what follows a dismissal), granted or denied.</source>
        <translation>Was der Benutzer auf Chromiums local-network-Abfrage geantwortet hat: prompt (noch nicht: Chromium fragt, und das Urteil ist das, was auf ein Schließen der Abfrage folgt), granted oder denied.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANTWORT</translation>
    </message>
    <message>
        <source>fetch()&apos;s targetAddressSpace option.</source>
        <translation>Die Option targetAddressSpace von fetch().</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: serve, check, export</source>
        <translation>unbekannter Befehl &quot;%1&quot;; die Befehle sind: serve, check, export</translation>
    </message>
    <message>
        <source>See what a browser does with CORS, live.

Commands:
  (none)   open the desktop app
  serve    run the CORS server without a window
  check    do what a browser does for one fetch() and give the verdict
  export   print the policy as FastAPI, Flask, Express or nginx code
  diagnose read a CORS error from the console: why, the fix, a reproduction

Run &apos;cors-playground COMMAND --help&apos; for a command&apos;s options.
With no command, the options below (but help and version) set up the desktop app.</source>
        <translation>Sehen, was ein Browser mit CORS tut, live.

Befehle:
  (keiner) die Desktop-App öffnen
  serve    den CORS-Server ohne Fenster betreiben
  check    tun, was ein Browser für ein fetch() tut, und das Urteil geben
  export   die Richtlinie als FastAPI-, Flask-, Express- oder nginx-Code ausgeben
  diagnose einen CORS-Fehler aus der Konsole lesen: warum, die Lösung, eine Reproduktion

&apos;cors-playground BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Ohne Befehl richten die Optionen unten (außer Hilfe und Version) die Desktop-App ein.</translation>
    </message>
    <message>
        <source>serve, check, export or diagnose, or nothing to open the app.</source>
        <translation>serve, check, export oder diagnose, oder nichts, um die App zu öffnen.</translation>
    </message>
</context>
<context>
    <name>CorsChecks</name>
    <message>
        <source>&quot;*&quot; is not accepted when the request includes credentials</source>
        <translation>&quot;*&quot; wird nicht akzeptiert, wenn die Anfrage Anmeldedaten enthält</translation>
    </message>
    <message>
        <source>&quot;*&quot; allows every origin (the request has no credentials)</source>
        <translation>&quot;*&quot; erlaubt jeden Ursprung (die Anfrage hat keine Anmeldedaten)</translation>
    </message>
    <message>
        <source>must be present</source>
        <translation>muss vorhanden sein</translation>
    </message>
    <message>
        <source>must be exactly the page&apos;s origin %1 (or &quot;*&quot;)</source>
        <translation>muss genau dem Ursprung der Seite %1 entsprechen (oder &quot;*&quot; sein)</translation>
    </message>
    <message>
        <source>equals the page&apos;s origin %1</source>
        <translation>entspricht dem Ursprung der Seite %1</translation>
    </message>
    <message>
        <source>must be exactly &quot;true&quot; when the request includes credentials</source>
        <translation>muss genau &quot;true&quot; sein, wenn die Anfrage Anmeldedaten enthält</translation>
    </message>
    <message>
        <source>a preflight must not be redirected</source>
        <translation>ein Preflight darf nicht weitergeleitet werden</translation>
    </message>
    <message>
        <source>a preflight must be answered with a 2xx status (got %1)</source>
        <translation>ein Preflight muss mit einem 2xx-Status beantwortet werden (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be a comma-separated list of methods</source>
        <translation>muss eine kommagetrennte Liste von Methoden sein</translation>
    </message>
    <message>
        <source>must be a comma-separated list of header names</source>
        <translation>muss eine kommagetrennte Liste von Header-Namen sein</translation>
    </message>
</context>
<context>
    <name>CorsExplanation</name>
    <message>
        <source>The value has a trailing slash; an origin never has one.</source>
        <translation>Der Wert hat einen abschließenden Schrägstrich; ein Ursprung hat nie einen.</translation>
    </message>
    <message>
        <source>The value differs only in upper/lower case; origins are compared exactly.</source>
        <translation>Der Wert unterscheidet sich nur in der Groß-/Kleinschreibung; Ursprünge werden exakt verglichen.</translation>
    </message>
    <message>
        <source>The port differs; the port is part of the origin.</source>
        <translation>Der Port unterscheidet sich; der Port gehört zum Ursprung.</translation>
    </message>
    <message>
        <source>The scheme differs (http and https are different origins).</source>
        <translation>Das Schema unterscheidet sich (http und https sind verschiedene Ursprünge).</translation>
    </message>
    <message>
        <source>Origins must match exactly: scheme, host and port.</source>
        <translation>Ursprünge müssen exakt übereinstimmen: Schema, Host und Port.</translation>
    </message>
    <message>
        <source>Fix: send exactly one line &quot;Access-Control-Allow-Origin: %1&quot; (in middleware mode, put %1 in allow_origins).</source>
        <translation>Lösung: genau eine Zeile &quot;Access-Control-Allow-Origin: %1&quot; senden (im Middleware-Modus %1 in allow_origins eintragen).</translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) response</source>
        <translation>Die Preflight-Antwort (OPTIONS)</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>%1 has no Access-Control-Allow-Origin header, so the browser keeps it from the page at %2. </source>
        <translation>%1 hat keinen Access-Control-Allow-Origin-Header, daher hält der Browser sie von der Seite auf %2 fern. </translation>
    </message>
    <message>
        <source>%1 allows any origin with &quot;*&quot;, but the request carries credentials (credentials: &apos;include&apos;), and with credentials the wildcard is never accepted. Fix: answer with the exact origin, &quot;Access-Control-Allow-Origin: %2&quot;, plus &quot;Access-Control-Allow-Credentials: true&quot;; or send the request without credentials.</source>
        <translation>%1 erlaubt mit &quot;*&quot; jeden Ursprung, aber die Anfrage enthält Anmeldedaten (credentials: &apos;include&apos;), und mit Anmeldedaten wird die Wildcard nie akzeptiert. Lösung: mit dem exakten Ursprung antworten, &quot;Access-Control-Allow-Origin: %2&quot;, plus &quot;Access-Control-Allow-Credentials: true&quot;; oder die Anfrage ohne Anmeldedaten senden.</translation>
    </message>
    <message>
        <source>%1 gives Access-Control-Allow-Origin as &quot;%2&quot;: two header lines, or a list. Browsers accept exactly one origin. A server that allows several origins must pick the one that asked, per request. </source>
        <translation>%1 gibt Access-Control-Allow-Origin als &quot;%2&quot; an: zwei Header-Zeilen oder eine Liste. Browser akzeptieren genau einen Ursprung. Ein Server, der mehrere Ursprünge erlaubt, muss pro Anfrage den anfragenden auswählen. </translation>
    </message>
    <message>
        <source>%1 gives Access-Control-Allow-Origin as &quot;%2&quot;, which is not an origin. </source>
        <translation>%1 gibt Access-Control-Allow-Origin als &quot;%2&quot; an, und das ist kein Ursprung. </translation>
    </message>
    <message>
        <source>%1 allows the origin &quot;%2&quot;, but the page&apos;s origin is &quot;%3&quot;. %4 </source>
        <translation>%1 erlaubt den Ursprung &quot;%2&quot;, aber der Ursprung der Seite ist &quot;%3&quot;. %4 </translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was answered with status %1, and a preflight must get a 2xx status. Fix: answer OPTIONS with 200 or 204 and the CORS headers. Often OPTIONS has no route, or an authentication check runs before CORS.</source>
        <translation>Der Preflight (OPTIONS) wurde mit Status %1 beantwortet, ein Preflight braucht aber einen 2xx-Status. Lösung: OPTIONS mit 200 oder 204 und den CORS-Headern beantworten. Oft hat OPTIONS keine Route, oder eine Authentifizierungsprüfung läuft vor CORS.</translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was answered with a redirect, and browsers never follow redirects for a preflight. Fix: call the final URL directly (a missing trailing slash or http-to-https redirect is the usual cause), or answer OPTIONS without redirecting.</source>
        <translation>Der Preflight (OPTIONS) wurde mit einer Weiterleitung beantwortet, und bei einem Preflight folgen Browser nie Weiterleitungen. Lösung: die endgültige URL direkt aufrufen (meist ist ein fehlender abschließender Schrägstrich oder eine Weiterleitung von http auf https die Ursache) oder OPTIONS ohne Weiterleitung beantworten.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods on the preflight response is not a comma-separated list of method names, so the browser cannot read it. Fix: send e.g. &quot;Access-Control-Allow-Methods: GET, PUT, DELETE&quot;.</source>
        <translation>Access-Control-Allow-Methods in der Preflight-Antwort ist keine kommagetrennte Liste von Methodennamen, daher kann der Browser es nicht lesen. Lösung: z. B. &quot;Access-Control-Allow-Methods: GET, PUT, DELETE&quot; senden.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers on the preflight response is not a comma-separated list of header names, so the browser cannot read it. Fix: send e.g. &quot;Access-Control-Allow-Headers: Content-Type, X-API-Key&quot;.</source>
        <translation>Access-Control-Allow-Headers in der Preflight-Antwort ist keine kommagetrennte Liste von Header-Namen, daher kann der Browser es nicht lesen. Lösung: z. B. &quot;Access-Control-Allow-Headers: Content-Type, X-API-Key&quot; senden.</translation>
    </message>
    <message>
        <source>The request uses the method %1, which needs permission (only GET, HEAD and POST do not), and the preflight response&apos;s Access-Control-Allow-Methods does not list it. Fix: add %1 to Access-Control-Allow-Methods (allow_methods in middleware mode).</source>
        <translation>Die Anfrage verwendet die Methode %1, die eine Erlaubnis braucht (nur GET, HEAD und POST nicht), und Access-Control-Allow-Methods in der Preflight-Antwort führt sie nicht auf. Lösung: %1 zu Access-Control-Allow-Methods hinzufügen (allow_methods im Middleware-Modus).</translation>
    </message>
    <message>
        <source>fetch() sends %1 in lower case as written, and the server must list it in exactly that case; writing the method in upper case in the page is simpler.</source>
        <translation>fetch() sendet %1 wie geschrieben in Kleinbuchstaben, und der Server muss die Methode in genau dieser Schreibweise aufführen; einfacher ist es, die Methode in der Seite großzuschreiben.</translation>
    </message>
    <message>
        <source>With credentials, &quot;*&quot; does not count as a wildcard.</source>
        <translation>Mit Anmeldedaten zählt &quot;*&quot; nicht als Wildcard.</translation>
    </message>
    <message>
        <source>The request sends the header %1, which needs permission, and the preflight response&apos;s Access-Control-Allow-Headers does not list it. Fix: add %1 to Access-Control-Allow-Headers (allow_headers in middleware mode), or stop sending it.</source>
        <translation>Die Anfrage sendet den Header %1, der eine Erlaubnis braucht, und Access-Control-Allow-Headers in der Preflight-Antwort führt ihn nicht auf. Lösung: %1 zu Access-Control-Allow-Headers hinzufügen (allow_headers im Middleware-Modus) oder ihn nicht mehr senden.</translation>
    </message>
    <message>
        <source>&quot;*&quot; never covers Authorization: it must be listed by name.</source>
        <translation>&quot;*&quot; deckt Authorization nie ab: Der Header muss namentlich aufgeführt werden.</translation>
    </message>
    <message>
        <source>The server redirected to a URL with a user name or password in it; browsers refuse that for cross-origin requests. Fix: redirect to a URL without credentials.</source>
        <translation>Der Server hat auf eine URL mit Benutzername oder Passwort weitergeleitet; das lehnen Browser bei ursprungsübergreifenden Anfragen ab. Lösung: auf eine URL ohne Zugangsdaten weiterleiten.</translation>
    </message>
    <message>
        <source>The request&apos;s mode does not allow cross-origin requests.</source>
        <translation>Der Modus der Anfrage erlaubt keine ursprungsübergreifenden Anfragen.</translation>
    </message>
    <message>
        <source>fetch() refused the request before sending anything: %1</source>
        <translation>fetch() hat die Anfrage abgelehnt, bevor etwas gesendet wurde: %1</translation>
    </message>
    <message>
        <source>The request did not complete (%1). Is the server running, and is the URL right?</source>
        <translation>Die Anfrage wurde nicht abgeschlossen (%1). Läuft der Server, und stimmt die URL?</translation>
    </message>
    <message>
        <source>The response is invalid.</source>
        <translation>Die Antwort ist ungültig.</translation>
    </message>
    <message>
        <source>The request carries credentials, so the preflight (OPTIONS) response must say &quot;Access-Control-Allow-Credentials: true&quot; (exactly, in lower case); it says &quot;%1&quot;. Fix: send that header (allow_credentials in middleware mode), or send the request without credentials.</source>
        <translation>Die Anfrage enthält Anmeldedaten, daher muss die Preflight-Antwort (OPTIONS) &quot;Access-Control-Allow-Credentials: true&quot; sagen (genau so, kleingeschrieben); sie sagt &quot;%1&quot;. Lösung: diesen Header senden (allow_credentials im Middleware-Modus) oder die Anfrage ohne Anmeldedaten senden.</translation>
    </message>
    <message>
        <source>The request carries credentials, so the response must say &quot;Access-Control-Allow-Credentials: true&quot; (exactly, in lower case); it says &quot;%1&quot;. Fix: send that header (allow_credentials in middleware mode), or send the request without credentials.</source>
        <translation>Die Anfrage enthält Anmeldedaten, daher muss die Antwort &quot;Access-Control-Allow-Credentials: true&quot; sagen (genau so, kleingeschrieben); sie sagt &quot;%1&quot;. Lösung: diesen Header senden (allow_credentials im Middleware-Modus) oder die Anfrage ohne Anmeldedaten senden.</translation>
    </message>
    <message>
        <source>No crossorigin attribute: the image loads without CORS and shows, but it taints any canvas it is drawn on, so toDataURL() and getImageData() throw &quot;Tainted canvases may not be exported.&quot; To read its pixels, add crossorigin=&quot;anonymous&quot; and have the server allow this origin.</source>
        <translation>Kein crossorigin-Attribut: Das Bild lädt ohne CORS und wird angezeigt, verunreinigt aber jedes Canvas, auf das es gezeichnet wird, sodass toDataURL() und getImageData() „Tainted canvases may not be exported.“ werfen. Um seine Pixel zu lesen, crossorigin=&quot;anonymous&quot; hinzufügen und den Server diesen Origin erlauben lassen.</translation>
    </message>
    <message>
        <source>No crossorigin attribute: the script loads without CORS and runs, but its errors reach window.onerror only as &quot;Script error.&quot;, with no message, line or stack. Add crossorigin=&quot;anonymous&quot; and have the server allow this origin to see them.</source>
        <translation>Kein crossorigin-Attribut: Das Skript lädt ohne CORS und läuft, aber seine Fehler erreichen window.onerror nur als „Script error.“, ohne Meldung, Zeile oder Stack. Um sie zu sehen, crossorigin=&quot;anonymous&quot; hinzufügen und den Server diesen Origin erlauben lassen.</translation>
    </message>
    <message>
        <source>No crossorigin attribute: the stylesheet loads without CORS and its styles apply, but the page cannot read its rules: sheet.cssRules throws a SecurityError. Add crossorigin=&quot;anonymous&quot; and have the server allow this origin to read them.</source>
        <translation>Kein crossorigin-Attribut: Das Stylesheet lädt ohne CORS und seine Stile wirken, aber die Seite kann seine Regeln nicht lesen: sheet.cssRules wirft einen SecurityError. Um sie zu lesen, crossorigin=&quot;anonymous&quot; hinzufügen und den Server diesen Origin erlauben lassen.</translation>
    </message>
    <message>
        <source>no-cors: the request went out without CORS and the page gets an opaque response: status 0, no headers, no body it can read.</source>
        <translation>no-cors: Die Anfrage ging ohne CORS hinaus und die Seite erhält eine opake Antwort: Status 0, keine Header, kein lesbarer Body.</translation>
    </message>
</context>
<context>
    <name>CorsHttpServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1, Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>cannot share the listening socket: %1</source>
        <translation>kann den lauschenden Socket nicht teilen: %1</translation>
    </message>
    <message>
        <source>more than one server thread needs a Unix system</source>
        <translation>mehr als ein Server-Thread braucht ein Unix-System</translation>
    </message>
    <message>
        <source>The upstream %1 did not answer: %2</source>
        <translation>Das Ziel %1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>CorsMiddleware</name>
    <message>
        <source>not a CORS request (no Origin header)</source>
        <translation>keine CORS-Anfrage (kein Origin-Header)</translation>
    </message>
    <message>
        <source>preflight allowed</source>
        <translation>Preflight erlaubt</translation>
    </message>
    <message>
        <source>preflight refused: %1</source>
        <translation>Preflight abgelehnt: %1</translation>
    </message>
    <message>
        <source>origin allowed (echoed back)</source>
        <translation>Ursprung erlaubt (zurückgespiegelt)</translation>
    </message>
    <message>
        <source>origin allowed (*)</source>
        <translation>Ursprung erlaubt (*)</translation>
    </message>
    <message>
        <source>origin not allowed: no Access-Control-Allow-Origin sent</source>
        <translation>Ursprung nicht erlaubt: kein Access-Control-Allow-Origin gesendet</translation>
    </message>
    <message>
        <source>preflight answered without checks (the browser decides)</source>
        <translation>Preflight ohne Prüfung beantwortet (der Browser entscheidet)</translation>
    </message>
    <message>
        <source>fixed origin sent, whatever the request&apos;s origin</source>
        <translation>fester Ursprung gesendet, unabhängig vom Ursprung der Anfrage</translation>
    </message>
    <message>
        <source>CORS not applied to this request</source>
        <translation>CORS auf diese Anfrage nicht angewendet</translation>
    </message>
</context>
<context>
    <name>CorsPolicy</name>
    <message>
        <source>%1 is not an HTTP status; use a number from 100 to 599.</source>
        <translation>%1 ist kein HTTP-Status; eine Zahl von 100 bis 599 verwenden.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a header name.</source>
        <translation>&quot;*&quot; ist kein Header-Name.</translation>
    </message>
    <message>
        <source>%1 is written by the server from the body it sends; leave it out.</source>
        <translation>%1 schreibt der Server selbst anhand des gesendeten Bodys; bitte weglassen.</translation>
    </message>
    <message>
        <source>does not compile: %1 at character %2.</source>
        <translation>lässt sich nicht kompilieren: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>must be 0 or more seconds (got %1).</source>
        <translation>muss 0 oder mehr Sekunden sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// URL; write the upstream as http://host[:port][/path], for example http://127.0.0.1:9000.</source>
        <translation>&quot;%1&quot; ist keine http://-URL; schreiben Sie das Ziel als http://host[:port][/pfad], zum Beispiel http://127.0.0.1:9000.</translation>
    </message>
    <message>
        <source>Flask-CORS refuses to start: &quot;Cannot use supports_credentials in conjunction withan origin string of &apos;*&apos;.&quot; Turn off send_wildcard or supports_credentials.</source>
        <translation>Flask-CORS verweigert den Start: &quot;Cannot use supports_credentials in conjunction withan origin string of &apos;*&apos;.&quot; Schalten Sie send_wildcard oder supports_credentials aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL Python can split (Invalid IPv6 URL).</source>
        <translation>&quot;%1&quot; ist keine URL, die Python zerlegen kann (Invalid IPv6 URL).</translation>
    </message>
    <message>
        <source>corsheaders.E013: Origin &apos;%1&apos; in CORS_ALLOWED_ORIGINS is missing scheme or netloc. Add a scheme (e.g. https://) or netloc (e.g. example.com).</source>
        <translation>corsheaders.E013: Dem Ursprung &apos;%1&apos; in CORS_ALLOWED_ORIGINS fehlt das Schema oder der netloc. Ein Schema (z. B. https://) oder einen netloc (z. B. example.com) hinzufügen.</translation>
    </message>
    <message>
        <source>corsheaders.E014: Origin &apos;%1&apos; in CORS_ALLOWED_ORIGINS should not have %2.</source>
        <translation>corsheaders.E014: Der Ursprung &apos;%1&apos; in CORS_ALLOWED_ORIGINS sollte kein %2 enthalten.</translation>
    </message>
    <message>
        <source>corsheaders.E004: CORS_PREFLIGHT_MAX_AGE should be an integer greater than or equal to zero.</source>
        <translation>corsheaders.E004: CORS_PREFLIGHT_MAX_AGE sollte eine ganze Zahl größer oder gleich null sein.</translation>
    </message>
</context>
<context>
    <name>CorsResponder</name>
    <message>
        <source>manual preflight response</source>
        <translation>manuelle Preflight-Antwort</translation>
    </message>
    <message>
        <source>manual response</source>
        <translation>manuelle Antwort</translation>
    </message>
    <message>
        <source> (proxied to %1)</source>
        <translation> (weitergeleitet an %1)</translation>
    </message>
</context>
<context>
    <name>DemoPageServer</name>
    <message>
        <source>the demo page server could not listen on 127.0.0.1: %1</source>
        <translation>der Server der Demoseite konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Failed check: %1</source>
        <translation>Fehlgeschlagene Prüfung: %1</translation>
    </message>
    <message>
        <source>Fix (%1):</source>
        <translation>Lösung (%1):</translation>
    </message>
    <message>
        <source>Reproduce: save this policy as reproduction.json</source>
        <translation>Reproduzieren: diese Richtlinie als reproduction.json speichern</translation>
    </message>
    <message>
        <source>and run:</source>
        <translation>und ausführen:</translation>
    </message>
    <message>
        <source>Read a CORS error copied from the browser&apos;s console: the failed check, why, the fix for your framework and a reproduction for the playground.</source>
        <translation>Einen aus der Browserkonsole kopierten CORS-Fehler lesen: die fehlgeschlagene Prüfung, warum, die Lösung für Ihr Framework und eine Reproduktion für den Playground.</translation>
    </message>
    <message>
        <source>Print JSON: one object, or an array for several errors.</source>
        <translation>JSON ausgeben: ein Objekt, oder ein Array bei mehreren Fehlern.</translation>
    </message>
    <message>
        <source>The fix&apos;s code: one of %1 (default fastapi).</source>
        <translation>Der Code der Lösung: eines von %1 (Voreinstellung fastapi).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The console text, or - to read standard input.</source>
        <translation>Der Konsolentext, oder -, um die Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>--framework: unknown framework &quot;%1&quot;; the frameworks are: %2</source>
        <translation>--framework: unbekanntes Framework „%1“; die Frameworks sind: %2</translation>
    </message>
    <message>
        <source>give the console text as an argument, or - to read it from standard input</source>
        <translation>den Konsolentext als Argument angeben, oder -, um ihn von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no CORS error found. It looks for Chromium&apos;s &quot;Access to ... has been blocked by CORS policy: ...&quot;, Firefox&apos;s &quot;Cross-Origin Request Blocked: ...&quot;, &quot;TypeError: Failed to fetch&quot; and axios&apos; &quot;AxiosError: Network Error&quot;.</source>
        <translation>kein CORS-Fehler gefunden. Gesucht wird nach Chromiums „Access to ... has been blocked by CORS policy: ...“, Firefox&apos; „Cross-Origin Request Blocked: ...“, „TypeError: Failed to fetch“ und axios&apos; „AxiosError: Network Error“.</translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Diagnose a console error</source>
        <translation>Einen Konsolenfehler diagnostizieren</translation>
    </message>
    <message>
        <source>Paste the error from the browser&apos;s console (F12), as copied, noise and all:</source>
        <translation>Fügen Sie den Fehler aus der Browserkonsole (F12) so ein, wie er kopiert wurde, mit allem Drumherum:</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>Konsolenfehler</translation>
    </message>
    <message>
        <source>Chromium&apos;s &quot;Access to fetch at ... has been blocked by CORS policy: ...&quot;, Firefox&apos;s &quot;Cross-Origin Request Blocked: ...&quot;, or axios&apos; &quot;AxiosError: Network Error&quot;. Several errors at once are read one by one.</source>
        <translation>Chromiums „Access to fetch at ... has been blocked by CORS policy: ...“, Firefox&apos; „Cross-Origin Request Blocked: ...“ oder axios&apos; „AxiosError: Network Error“. Mehrere Fehler auf einmal werden einzeln gelesen.</translation>
    </message>
    <message>
        <source>Access to fetch at &apos;http://127.0.0.1:8000/api/data&apos; from origin &apos;http://localhost:3000&apos; has been blocked by CORS policy: ...</source>
        <translation>Access to fetch at &apos;http://127.0.0.1:8000/api/data&apos; from origin &apos;http://localhost:3000&apos; has been blocked by CORS policy: ...</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Which error</source>
        <translation>Welcher Fehler</translation>
    </message>
    <message>
        <source>The paste holds several errors: choose the one to explain.</source>
        <translation>Der eingefügte Text enthält mehrere Fehler: Wählen Sie den, der erklärt werden soll.</translation>
    </message>
    <message>
        <source>Fix for</source>
        <translation>Lösung für</translation>
    </message>
    <message>
        <source>Framework of the fix</source>
        <translation>Framework der Lösung</translation>
    </message>
    <message>
        <source>The server code that fixes it, written for your framework; it starts as the playground&apos;s own.</source>
        <translation>Der Servercode, der es behebt, für Ihr Framework geschrieben; anfangs das des Playgrounds.</translation>
    </message>
    <message>
        <source>The fix as code</source>
        <translation>Die Lösung als Code</translation>
    </message>
    <message>
        <source>&amp;Copy the fix</source>
        <translation>Lösung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the server code that fixes this error</source>
        <translation>Den Servercode kopieren, der diesen Fehler behebt</translation>
    </message>
    <message>
        <source>&amp;Reproduce</source>
        <translation>&amp;Reproduzieren</translation>
    </message>
    <message>
        <source>Load a policy and a request that give this same error into the playground and send it; then change them until it passes</source>
        <translation>Eine Richtlinie und eine Anfrage, die genau diesen Fehler ergeben, in den Playground laden und senden; dann ändern, bis sie durchgeht</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <source>No CORS error found. Diagnose reads Chromium&apos;s &quot;Access to ... has been blocked by CORS policy: ...&quot;, Firefox&apos;s &quot;Cross-Origin Request Blocked: ...&quot;, &quot;TypeError: Failed to fetch&quot; and axios&apos; &quot;AxiosError: Network Error&quot;.</source>
        <translation>Kein CORS-Fehler gefunden. Die Diagnose liest Chromiums „Access to ... has been blocked by CORS policy: ...“, Firefox&apos; „Cross-Origin Request Blocked: ...“, „TypeError: Failed to fetch“ und axios&apos; „AxiosError: Network Error“.</translation>
    </message>
    <message>
        <source>%1, %2: %3 from %4. Failed check: %5.</source>
        <translation>%1, %2: %3 von %4. Fehlgeschlagene Prüfung: %5.</translation>
    </message>
    <message>
        <source>a page Firefox does not name</source>
        <translation>einer Seite, die Firefox nicht nennt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; hides the cause.</source>
        <translation>%1: „%2“ verbirgt die Ursache.</translation>
    </message>
    <message>
        <source>%1, %2: %3 from %4. A CORS error with a reason CORS Playground does not know.</source>
        <translation>%1, %2: %3 von %4. Ein CORS-Fehler mit einem Grund, den CORS Playground nicht kennt.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>&quot;%1&quot; says only that the request failed, not why: the browser keeps the reason from JavaScript on purpose. The real message is in the browser&apos;s console, above or beside this line (&quot;Access to ... has been blocked by CORS policy&quot; in Chrome, &quot;Cross-Origin Request Blocked&quot; in Firefox), and the Network panel shows the request, its preflight and the answer. Paste that message here. If there is none, the server did not answer at all: is it running, and is the URL right?</source>
        <translation>„%1“ sagt nur, dass die Anfrage fehlschlug, nicht warum: Der Browser hält den Grund absichtlich vor JavaScript zurück. Die eigentliche Meldung steht in der Browserkonsole, über oder neben dieser Zeile („Access to ... has been blocked by CORS policy“ in Chrome, „Cross-Origin Request Blocked“ in Firefox), und das Network-Panel zeigt die Anfrage, ihren Preflight und die Antwort. Fügen Sie diese Meldung hier ein. Gibt es keine, hat der Server gar nicht geantwortet: Läuft er, und stimmt die URL?</translation>
    </message>
    <message>
        <source>Firefox does not name the page&apos;s origin: the fix and the reproduction use %1; put your page&apos;s origin in its place.</source>
        <translation>Firefox nennt den Origin der Seite nicht: Lösung und Reproduktion verwenden %1; setzen Sie den Origin Ihrer Seite an seine Stelle.</translation>
    </message>
    <message>
        <source>The page asked for %1 and was redirected to %2, which gave this answer; the reproduction asks %2 directly.</source>
        <translation>Die Seite fragte %1 an und wurde zu %2 umgeleitet, das diese Antwort gab; die Reproduktion fragt %2 direkt an.</translation>
    </message>
    <message>
        <source>This is a CORS error, but CORS Playground does not know the check these words name: &quot;%1&quot;. The URL and the page&apos;s origin above are read; the browser&apos;s Network panel shows the request and the answer that failed.</source>
        <translation>Das ist ein CORS-Fehler, aber CORS Playground kennt die Prüfung nicht, die diese Worte nennen: „%1“. URL und Origin der Seite oben sind gelesen; das Network-Panel des Browsers zeigt die Anfrage und die Antwort, die scheiterte.</translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was not answered with a 2xx status; the message does not say which (the Network panel shows it). Fix: answer OPTIONS with 200 or 204 and the CORS headers. Often OPTIONS has no route, or an authentication check runs before CORS.</source>
        <translation>Der Preflight (OPTIONS) wurde nicht mit einem 2xx-Status beantwortet; die Meldung sagt nicht, mit welchem (das Network-Panel zeigt ihn). Lösung: OPTIONS mit 200 oder 204 und den CORS-Headern beantworten. Oft hat OPTIONS keine Route, oder eine Authentifizierung läuft vor CORS.</translation>
    </message>
    <message>
        <source>The answer was status %1: an error page or a refusal is often sent before, or without, the CORS middleware. Fix the error too, and make the CORS headers go out on error responses.</source>
        <translation>Die Antwort hatte Status %1: Eine Fehlerseite oder Ablehnung geht oft vor oder ohne die CORS-Middleware hinaus. Beheben Sie auch den Fehler, und sorgen Sie dafür, dass die CORS-Header auch bei Fehlerantworten gesendet werden.</translation>
    </message>
    <message>
        <source>The page&apos;s origin is &quot;null&quot;: it was opened from a file (file://), runs in a sandboxed iframe, or was redirected from another origin. Allowing &quot;null&quot; would let every such page in: serve the page over http(s) from a real origin instead, or avoid the cross-origin redirect.</source>
        <translation>Der Origin der Seite ist „null“: Sie wurde aus einer Datei (file://) geöffnet, läuft in einem Sandbox-iframe oder wurde von einem anderen Origin umgeleitet. „null“ zu erlauben, ließe jede solche Seite herein: Liefern Sie die Seite stattdessen über http(s) von einem echten Origin aus, oder vermeiden Sie die Umleitung über Origins hinweg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address space Chromium 156 names: before Chromium 142 this machine was &quot;local&quot; and the local network &quot;private&quot;, and &quot;unknown&quot; means Chromium could not tell. The reproduction uses %2.</source>
        <translation>&quot;%1&quot; ist kein Adressraum, den Chromium 156 nennt: vor Chromium 142 war dieser Rechner &quot;local&quot; und das lokale Netzwerk &quot;private&quot;, und &quot;unknown&quot; heißt, dass Chromium es nicht bestimmen konnte. Die Reproduktion verwendet %2.</translation>
    </message>
</context>
<context>
    <name>DjangoCorsHeadersOptionsForm</name>
    <message>
        <source>django-cors-headers settings</source>
        <translation>django-cors-headers-Einstellungen</translation>
    </message>
    <message>
        <source>Write each setting as in your settings.py: [&apos;https://a.example&apos;], r&apos;^/api/&apos;, True, 600.</source>
        <translation>Schreiben Sie jede Einstellung wie in Ihrer settings.py: [&apos;https://a.example&apos;], r&apos;^/api/&apos;, True, 600.</translation>
    </message>
    <message>
        <source>CORS_ALLOWED_ORIGINS: origins allowed, compared by scheme and host:port only. &apos;null&apos; allows sandboxed pages and file:// URLs.</source>
        <translation>CORS_ALLOWED_ORIGINS: erlaubte Ursprünge, nur nach Schema und host:port verglichen. &apos;null&apos; erlaubt Seiten in einer Sandbox und file://-URLs.</translation>
    </message>
    <message>
        <source>CORS_ALLOWED_ORIGIN_REGEXES: regular expressions tried with re.match, from the start of the origin only: a prefix is enough, so end each with $.</source>
        <translation>CORS_ALLOWED_ORIGIN_REGEXES: reguläre Ausdrücke, mit re.match geprüft, nur ab dem Anfang des Ursprungs: Ein Präfix genügt, also jeden mit $ beenden.</translation>
    </message>
    <message>
        <source>CORS_ALLOW_ALL_ORIGINS: allow every origin (* without credentials, the request&apos;s origin with them).</source>
        <translation>CORS_ALLOW_ALL_ORIGINS: jeden Ursprung erlauben (* ohne Anmeldedaten, mit Anmeldedaten den Ursprung der Anfrage).</translation>
    </message>
    <message>
        <source>CORS_ALLOW_METHODS: sent as written on every OPTIONS answer; the requested method is not checked, the browser checks it.</source>
        <translation>CORS_ALLOW_METHODS: wird bei jeder OPTIONS-Antwort wie geschrieben gesendet; die angefragte Methode wird nicht geprüft, das tut der Browser.</translation>
    </message>
    <message>
        <source>CORS_ALLOW_HEADERS: sent as written on every OPTIONS answer; the requested headers are not checked, the browser checks them.</source>
        <translation>CORS_ALLOW_HEADERS: wird bei jeder OPTIONS-Antwort wie geschrieben gesendet; die angefragten Header werden nicht geprüft, das tut der Browser.</translation>
    </message>
    <message>
        <source>the library&apos;s list</source>
        <translation>die Liste der Bibliothek</translation>
    </message>
    <message>
        <source>CORS_EXPOSE_HEADERS: Access-Control-Expose-Headers.</source>
        <translation>CORS_EXPOSE_HEADERS: Access-Control-Expose-Headers.</translation>
    </message>
    <message>
        <source>CORS_ALLOW_CREDENTIALS: send Access-Control-Allow-Credentials: true, even to origins that are not allowed.</source>
        <translation>CORS_ALLOW_CREDENTIALS: Access-Control-Allow-Credentials: true senden, auch an nicht erlaubte Ursprünge.</translation>
    </message>
    <message>
        <source>CORS_PREFLIGHT_MAX_AGE: Access-Control-Max-Age in seconds; 0 sends no header.</source>
        <translation>CORS_PREFLIGHT_MAX_AGE: Access-Control-Max-Age in Sekunden; bei 0 wird kein Header gesendet.</translation>
    </message>
    <message>
        <source>CORS_URLS_REGEX: only paths this matches (re.match, from the start of the path) get CORS headers; preflights to other paths reach your views.</source>
        <translation>CORS_URLS_REGEX: Nur Pfade, auf die dieser Ausdruck passt (re.match, ab dem Anfang des Pfads), erhalten CORS-Header; Preflights an andere Pfade erreichen Ihre Views.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Print the policy as code for a project.</source>
        <translation>Die Richtlinie als Code für ein Projekt ausgeben.</translation>
    </message>
    <message>
        <source>Policy JSON file (default: Starlette&apos;s defaults).</source>
        <translation>Richtlinien-JSON-Datei (Standard: die Vorgaben von Starlette).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format is required; the formats are: %1</source>
        <translation>--format ist erforderlich; die Formate sind: %1</translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>--format: unbekanntes Format &quot;%1&quot;; die Formate sind: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the policy as code</source>
        <translation>Richtlinie als Code exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Exported code</source>
        <translation>Exportierter Code</translation>
    </message>
    <message>
        <source>FastAPI, Flask-CORS and Django (Python), Express with cors (Node.js), nginx, or the raw header lines. A policy in a library&apos;s own mode opens in that library&apos;s format.</source>
        <translation>FastAPI, Flask-CORS und Django (Python), Express mit cors (Node.js), nginx oder die reinen Header-Zeilen. Eine Richtlinie im eigenen Modus einer Bibliothek öffnet sich im Format dieser Bibliothek.</translation>
    </message>
</context>
<context>
    <name>ExportFormatCombo</name>
    <message>
        <source>FastAPI (CORSMiddleware)</source>
        <translation>FastAPI (CORSMiddleware)</translation>
    </message>
    <message>
        <source>Flask (Flask-CORS)</source>
        <translation>Flask (Flask-CORS)</translation>
    </message>
    <message>
        <source>Express (cors)</source>
        <translation>Express (cors)</translation>
    </message>
    <message>
        <source>nginx (add_header)</source>
        <translation>nginx (add_header)</translation>
    </message>
    <message>
        <source>Header lines</source>
        <translation>Header-Zeilen</translation>
    </message>
    <message>
        <source>Django (django-cors-headers)</source>
        <translation>Django (django-cors-headers)</translation>
    </message>
</context>
<context>
    <name>ExpressOptionsForm</name>
    <message>
        <source>Express cors options</source>
        <translation>cors-Optionen für Express</translation>
    </message>
    <message>
        <source>Write each value as in your JavaScript: &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], true, /regex/. Leave a field empty to not give the option.</source>
        <translation>Schreiben Sie jeden Wert wie in Ihrem JavaScript: &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], true, /regex/. Lassen Sie ein Feld leer, um die Option nicht anzugeben.</translation>
    </message>
    <message>
        <source>origin: who may read responses. &apos;*&apos; (the default) sends * to everyone; any other string is sent as it is to every origin, matching or not; true reflects the request&apos;s origin; false turns cors off; a list holds strings and /regexes/, and a regex matches anywhere in the origin, not only as a whole.</source>
        <translation>origin: wer Antworten lesen darf. &apos;*&apos; (der Standard) sendet * an alle; jeder andere String wird unverändert an jeden Ursprung gesendet, ob passend oder nicht; true spiegelt den Ursprung der Anfrage zurück; false schaltet cors ab; eine Liste enthält Strings und /regex/-Ausdrücke, und ein regulärer Ausdruck passt an beliebiger Stelle im Ursprung, nicht nur auf den ganzen Ursprung.</translation>
    </message>
    <message>
        <source>methods: Access-Control-Allow-Methods on every OPTIONS answer. A string is sent exactly as written, a list is joined with commas. cors never refuses a preflight: the browser compares.</source>
        <translation>methods: Access-Control-Allow-Methods bei jeder OPTIONS-Antwort. Ein String wird genau wie geschrieben gesendet, eine Liste mit Kommas verbunden. cors lehnt nie einen Preflight ab: Der Browser vergleicht.</translation>
    </message>
    <message>
        <source>allowedHeaders: Access-Control-Allow-Headers. Not given (or &apos;&apos;): cors reflects whatever the preflight asks for and adds Vary: Access-Control-Request-Headers.</source>
        <translation>allowedHeaders: Access-Control-Allow-Headers. Nicht angegeben (oder &apos;&apos;): cors spiegelt zurück, was der Preflight anfragt, und fügt Vary: Access-Control-Request-Headers hinzu.</translation>
    </message>
    <message>
        <source>not given: reflect what is asked</source>
        <translation>nicht angegeben: Angefragtes zurückspiegeln</translation>
    </message>
    <message>
        <source>exposedHeaders: Access-Control-Expose-Headers, the response headers JavaScript may read besides the safelisted ones.</source>
        <translation>exposedHeaders: Access-Control-Expose-Headers, die Antwort-Header, die JavaScript über die Safelist-Header hinaus lesen darf.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>credentials: true sends Access-Control-Allow-Credentials: true on every answer (only the value true does).</source>
        <translation>credentials: true sendet Access-Control-Allow-Credentials: true bei jeder Antwort (nur der Wert true tut das).</translation>
    </message>
    <message>
        <source>maxAge: Access-Control-Max-Age in seconds; 0 is sent too. Not given: no header, and browsers cache a preflight for 5 seconds.</source>
        <translation>maxAge: Access-Control-Max-Age in Sekunden; auch 0 wird gesendet. Nicht angegeben: kein Header, und Browser speichern einen Preflight 5 Sekunden lang im Cache.</translation>
    </message>
    <message>
        <source>preflightContinue: pass OPTIONS requests on to your routes instead of answering them (the catch-all route then answers 200 with its JSON).</source>
        <translation>preflightContinue: OPTIONS-Anfragen an Ihre Routen weitergeben, statt sie zu beantworten (die Catch-all-Route antwortet dann mit 200 und ihrem JSON).</translation>
    </message>
    <message>
        <source>optionsSuccessStatus: the status of cors&apos; own answer to OPTIONS, 204 by default (some old browsers need 200).</source>
        <translation>optionsSuccessStatus: der Status der eigenen Antwort von cors auf OPTIONS, standardmäßig 204 (manche alten Browser brauchen 200).</translation>
    </message>
</context>
<context>
    <name>FetchRequestJson</name>
    <message>
        <source>%1 must be &quot;public&quot;, &quot;local&quot; or &quot;loopback&quot;</source>
        <translation>%1 muss &quot;public&quot;, &quot;local&quot; oder &quot;loopback&quot; sein</translation>
    </message>
    <message>
        <source>%1 must be &quot;prompt&quot;, &quot;granted&quot; or &quot;denied&quot;</source>
        <translation>%1 muss &quot;prompt&quot;, &quot;granted&quot; oder &quot;denied&quot; sein</translation>
    </message>
</context>
<context>
    <name>FetchRules</name>
    <message>
        <source>its value %1 contains a character that is not CORS-safe</source>
        <translation>sein Wert %1 enthält ein Zeichen, das nicht CORS-sicher ist</translation>
    </message>
    <message>
        <source>Content-Type %1 is not one of application/x-www-form-urlencoded, multipart/form-data or text/plain</source>
        <translation>Content-Type %1 ist keiner von application/x-www-form-urlencoded, multipart/form-data oder text/plain</translation>
    </message>
    <message>
        <source>its value %1 is not allowed for %2 without a preflight</source>
        <translation>sein Wert %1 ist für %2 ohne Preflight nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 is not a CORS-safelisted header</source>
        <translation>%1 steht nicht auf der CORS-Safelist</translation>
    </message>
    <message>
        <source>its value is %1 bytes long, over the 128 bytes a safelisted header may have</source>
        <translation>sein Wert ist %1 Bytes lang, mehr als die 128 Bytes, die ein Safelist-Header haben darf</translation>
    </message>
    <message>
        <source>the safelisted headers together are %1 bytes, over the 1024 bytes allowed without a preflight</source>
        <translation>die Safelist-Header sind zusammen %1 Bytes groß, mehr als die 1024 Bytes, die ohne Preflight erlaubt sind</translation>
    </message>
</context>
<context>
    <name>FlaskCorsOptionsForm</name>
    <message>
        <source>Flask-CORS options</source>
        <translation>Flask-CORS-Optionen</translation>
    </message>
    <message>
        <source>Write each value as in your Python: &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], True, None. Leave a field empty for None.</source>
        <translation>Schreiben Sie jeden Wert wie in Ihrem Python-Code: &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], True, None. Ein leeres Feld bedeutet None.</translation>
    </message>
    <message>
        <source>origins: who may read responses. &apos;*&apos; (the default) allows any origin and echoes it back. A string holding any of * \ ] ? $ ^ [ ( ) is a regular expression, matched from the start and ignoring case: a prefix is enough.</source>
        <translation>origins: wer Antworten lesen darf. &apos;*&apos; (der Standard) erlaubt jeden Ursprung und spiegelt ihn zurück. Ein String, der eines der Zeichen * \ ] ? $ ^ [ ( ) enthält, ist ein regulärer Ausdruck, ab dem Anfang und ohne Beachtung der Groß-/Kleinschreibung geprüft: Ein Präfix genügt.</translation>
    </message>
    <message>
        <source>methods: sent sorted in Access-Control-Allow-Methods when the preflight&apos;s method is found in them (a text search: &apos;GE&apos; is found in &apos;GET&apos;).</source>
        <translation>methods: sortiert in Access-Control-Allow-Methods gesendet, wenn die Methode des Preflights darin gefunden wird (eine Textsuche: &apos;GE&apos; wird in &apos;GET&apos; gefunden).</translation>
    </message>
    <message>
        <source>allow_headers: the requested headers that match are sent back, sorted, in Access-Control-Allow-Headers. &apos;*&apos; (the default) allows any.</source>
        <translation>allow_headers: Die angefragten Header, die passen, werden sortiert in Access-Control-Allow-Headers zurückgesendet. &apos;*&apos; (der Standard) erlaubt alle.</translation>
    </message>
    <message>
        <source>expose_headers: Access-Control-Expose-Headers, sorted.</source>
        <translation>expose_headers: Access-Control-Expose-Headers, sortiert.</translation>
    </message>
    <message>
        <source>supports_credentials: send Access-Control-Allow-Credentials: true. With origins &apos;*&apos; the request&apos;s origin is echoed, so any site may read with cookies.</source>
        <translation>supports_credentials: Access-Control-Allow-Credentials: true senden. Mit origins &apos;*&apos; wird der Ursprung der Anfrage zurückgespiegelt, sodass jede Website mit Cookies lesen darf.</translation>
    </message>
    <message>
        <source>max_age: Access-Control-Max-Age in seconds; 0 and None send no header.</source>
        <translation>max_age: Access-Control-Max-Age in Sekunden; bei 0 und None wird kein Header gesendet.</translation>
    </message>
    <message>
        <source>send_wildcard: send * instead of echoing the origin when origins is &apos;*&apos;.</source>
        <translation>send_wildcard: * senden, statt den Ursprung zurückzuspiegeln, wenn origins &apos;*&apos; ist.</translation>
    </message>
    <message>
        <source>always_send: add the headers to requests without an Origin too (on by default).</source>
        <translation>always_send: die Header auch bei Anfragen ohne Origin hinzufügen (standardmäßig an).</translation>
    </message>
    <message>
        <source>vary_header: add Vary: Origin when the answer depends on the origin (on by default; one literal origin gets none).</source>
        <translation>vary_header: Vary: Origin hinzufügen, wenn die Antwort vom Ursprung abhängt (standardmäßig an; ein einzelner wörtlicher Ursprung bekommt keins).</translation>
    </message>
    <message>
        <source>automatic_options: read only by the @cross_origin decorator; CORS(app) ignores it.</source>
        <translation>automatic_options: wird nur vom Decorator @cross_origin gelesen; CORS(app) ignoriert es.</translation>
    </message>
</context>
<context>
    <name>FrameworkComparisonView</name>
    <message>
        <source>&amp;Compare the four libraries</source>
        <translation>Die vier Bibliotheken &amp;vergleichen</translation>
    </message>
    <message>
        <source>Sends the composed request to Starlette, Express&apos;s cors, Flask-CORS and django-cors-headers, each configured as closely as possible to the current options, and shows their answers side by side. Rows marked ≠ differ.</source>
        <translation>Sendet die zusammengestellte Anfrage an Starlette, Express mit cors, Flask-CORS und django-cors-headers, jeweils so nah wie möglich an den aktuellen Optionen konfiguriert, und zeigt ihre Antworten nebeneinander. Mit ≠ markierte Zeilen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The same intent, four libraries: see which lines each one sends and what the browser makes of them.</source>
        <translation>Dieselbe Absicht, vier Bibliotheken: Sehen Sie, welche Zeilen jede sendet und was der Browser daraus macht.</translation>
    </message>
    <message>
        <source>Answers of the four libraries</source>
        <translation>Antworten der vier Bibliotheken</translation>
    </message>
    <message>
        <source>Sending the request to each library…</source>
        <translation>Die Anfrage wird an jede Bibliothek gesendet…</translation>
    </message>
    <message>
        <source>The comparison could not start a server on this machine.</source>
        <translation>Der Vergleich konnte auf diesem Rechner keinen Server starten.</translation>
    </message>
    <message>
        <source>Rows marked ≠ differ between the libraries.</source>
        <translation>Mit ≠ markierte Zeilen unterscheiden sich zwischen den Bibliotheken.</translation>
    </message>
    <message>
        <source>✔ allowed</source>
        <translation>✔ erlaubt</translation>
    </message>
    <message>
        <source>✘ blocked: %1</source>
        <translation>✘ blockiert: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Browser&apos;s verdict</source>
        <translation>Urteil des Browsers</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1-Status</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Could not be said the same way: %1.</source>
        <translation>Ließ sich nicht gleich ausdrücken: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>HeaderTableEditor</name>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Header lines</source>
        <translation>Header-Zeilen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a header line (duplicates are allowed and sent as written)</source>
        <translation>Eine Header-Zeile hinzufügen (Duplikate sind erlaubt und werden wie geschrieben gesendet)</translation>
    </message>
    <message>
        <source>Remove the selected header line</source>
        <translation>Die ausgewählte Headerzeile entfernen</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Send the request (from any field)</source>
        <translation>Die Anfrage senden (aus jedem Feld)</translation>
    </message>
    <message>
        <source>Reveal the verdict in predict mode</source>
        <translation>Im Vorhersagemodus das Ergebnis aufdecken</translation>
    </message>
    <message>
        <source>Enter, or leaving a field</source>
        <translation>Eingabetaste oder Feld verlassen</translation>
    </message>
    <message>
        <source>Apply the edited policy field to the server</source>
        <translation>Das bearbeitete Richtlinienfeld auf dem Server anwenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>About CORS Playground</source>
        <translation>Über CORS Playground</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CORS Playground %1&lt;/h3&gt;&lt;p&gt;See what a browser does with CORS, live: a local server whose CORS behaviour you edit, a browser simulator that does what Chromium does, and the reason for every verdict.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT. See the LICENSE file that comes with the program.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CORS Playground %1&lt;/h3&gt;&lt;p&gt;Sehen Sie live, was ein Browser mit CORS macht: ein lokaler Server, dessen CORS-Verhalten Sie bearbeiten, ein Browser-Simulator, der tut, was Chromium tut, und der Grund für jedes Ergebnis.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;Lizenz: MIT. Siehe die Datei LICENSE, die dem Programm beiliegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first lesson is loaded: its policy is on the server (left) and its request is in the composer (top).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+Enter&lt;/b&gt; to send the request.&lt;/li&gt;&lt;li&gt;Read the verdict, Chromium&apos;s message and the header trace below.&lt;/li&gt;&lt;li&gt;Change the policy on the left and press &lt;b&gt;Enter&lt;/b&gt;: the server applies it.&lt;/li&gt;&lt;li&gt;Send again. More lessons are in Classroom → Scenarios; Ctrl+/ lists every shortcut.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Die erste Lektion ist geladen: Ihre Richtlinie läuft auf dem Server (links), ihre Anfrage steht im Editor (oben).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Drücken Sie &lt;b&gt;Ctrl+Enter&lt;/b&gt;, um die Anfrage zu senden.&lt;/li&gt;&lt;li&gt;Lesen Sie darunter das Ergebnis, die Meldung von Chromium und den Header-Verlauf.&lt;/li&gt;&lt;li&gt;Ändern Sie links die Richtlinie und drücken Sie &lt;b&gt;Enter&lt;/b&gt;: Der Server wendet sie an.&lt;/li&gt;&lt;li&gt;Senden Sie erneut. Weitere Lektionen unter Unterricht → Szenarien; Ctrl+/ zeigt alle Tastenkürzel.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server closed the connection before the response was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>die Antwort-Header sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>not an HTTP response: &quot;%1&quot;</source>
        <translation>keine HTTP-Antwort: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>malformed header line: &quot;%1&quot;</source>
        <translation>fehlerhafte Header-Zeile: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>ungültige Content-Length</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>der Antwort-Body ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>invalid chunk size</source>
        <translation>ungültige Chunk-Größe</translation>
    </message>
</context>
<context>
    <name>HttpSyntax</name>
    <message>
        <source>is empty; an origin looks like &quot;http://localhost:3000&quot;.</source>
        <translation>ist leer; ein Ursprung sieht so aus: &quot;http://localhost:3000&quot;.</translation>
    </message>
    <message>
        <source>%1 has spaces around it; browsers send the origin without them.</source>
        <translation>%1 ist von Leerzeichen umgeben; Browser senden den Ursprung ohne sie.</translation>
    </message>
    <message>
        <source>%1 has no scheme. An origin is scheme://host[:port], for example &quot;http://%2&quot;.</source>
        <translation>%1 hat kein Schema. Ein Ursprung ist scheme://host[:port], zum Beispiel &quot;http://%2&quot;.</translation>
    </message>
    <message>
        <source>%1 ends with a slash. Browsers send the origin without one, so it would never match: write %2.</source>
        <translation>%1 endet mit einem Schrägstrich. Browser senden den Ursprung ohne Schrägstrich, daher würde er nie passen: %2 schreiben.</translation>
    </message>
    <message>
        <source>%1 has a path, query or fragment (%2). An origin is only scheme://host[:port]: write %3.</source>
        <translation>%1 enthält Pfad, Query oder Fragment (%2). Ein Ursprung ist nur scheme://host[:port]: %3 schreiben.</translation>
    </message>
    <message>
        <source>%1 is not a valid origin: %2.</source>
        <translation>%1 ist kein gültiger Ursprung: %2.</translation>
    </message>
    <message>
        <source>%1 contains a user name or password; an origin never does.</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort; ein Ursprung enthält das nie.</translation>
    </message>
    <message>
        <source>%1 has no host.</source>
        <translation>%1 hat keinen Host.</translation>
    </message>
    <message>
        <source>is empty; a method is a word such as GET or PUT.</source>
        <translation>ist leer; eine Methode ist ein Wort wie GET oder PUT.</translation>
    </message>
    <message>
        <source>%1 is not a valid HTTP method: use letters, digits or !#$%&amp;&apos;*+-.^_`|~, no spaces or commas.</source>
        <translation>%1 ist keine gültige HTTP-Methode: Buchstaben, Ziffern oder !#$%&amp;&apos;*+-.^_`|~ verwenden, keine Leerzeichen oder Kommas.</translation>
    </message>
    <message>
        <source>is empty; a header name is a word such as Content-Type.</source>
        <translation>ist leer; ein Header-Name ist ein Wort wie Content-Type.</translation>
    </message>
    <message>
        <source>%1 ends with a colon; write the header name without it.</source>
        <translation>%1 endet mit einem Doppelpunkt; den Header-Namen ohne ihn schreiben.</translation>
    </message>
    <message>
        <source>%1 is not a valid header name: use letters, digits or !#$%&amp;&apos;*+-.^_`|~, no spaces, colons or commas.</source>
        <translation>%1 ist kein gültiger Header-Name: Buchstaben, Ziffern oder !#$%&amp;&apos;*+-.^_`|~ verwenden, keine Leerzeichen, Doppelpunkte oder Kommas.</translation>
    </message>
    <message>
        <source>contains a line break or NUL character, which would end the header line.</source>
        <translation>enthält einen Zeilenumbruch oder ein NUL-Zeichen, das die Header-Zeile beenden würde.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LocalNetworkAccessText</name>
    <message>
        <source>Chromium refused it before sending anything, not even a preflight, so nothing reached the server and no CORS header can change this.</source>
        <translation>Chromium hat sie abgelehnt, bevor irgendetwas gesendet wurde, nicht einmal ein Preflight; es hat also nichts den Server erreicht, und kein CORS-Header kann daran etwas ändern.</translation>
    </message>
    <message>
        <source>fetch() was told targetAddressSpace: &apos;%1&apos;, but the server is in the %2 address space. Chromium checks this first, whatever the user allowed. Fix: pass targetAddressSpace: &apos;%2&apos;, or leave the option out (it is only needed for an https page calling a plain-http device on the local network).</source>
        <translation>fetch() wurde targetAddressSpace: &apos;%1&apos; übergeben, aber der Server liegt im Adressraum %2. Chromium prüft das zuerst, unabhängig davon, was der Benutzer erlaubt hat. Lösung: targetAddressSpace: &apos;%2&apos; übergeben oder die Option weglassen (sie wird nur gebraucht, wenn eine https-Seite ein Gerät im lokalen Netzwerk über einfaches http aufruft).</translation>
    </message>
    <message>
        <source>The page is not a secure context (plain http on a host that is not this machine) and the server is in the more private %1 address space. Chromium does not even ask the user: it refuses. Fix: serve the page over https (or from http://localhost while you develop), then the user can allow it.</source>
        <translation>Die Seite ist kein sicherer Kontext (einfaches http auf einem Host, der nicht dieser Rechner ist), und der Server liegt im privateren Adressraum %1. Chromium fragt den Benutzer gar nicht erst: Es lehnt ab. Lösung: die Seite über https ausliefern (oder während der Entwicklung von http://localhost), dann kann der Benutzer es erlauben.</translation>
    </message>
    <message>
        <source>Fix: the user allows the site when Chromium asks, or later in the site&apos;s settings (Local network access); or put the API where the page can reach it without a permission: on a public address, or in the same address space as the page (in development, serve the page from localhost too). Answering Access-Control-Allow-Private-Network has no effect: Chromium 156 no longer sends that preflight.</source>
        <translation>Lösung: Der Benutzer erlaubt die Website, wenn Chromium fragt, oder später in den Website-Einstellungen (Zugriff auf lokales Netzwerk); oder die API dort platzieren, wo die Seite sie ohne Berechtigung erreicht: unter einer öffentlichen Adresse oder im selben Adressraum wie die Seite (in der Entwicklung die Seite ebenfalls von localhost ausliefern). Mit Access-Control-Allow-Private-Network zu antworten bewirkt nichts: Chromium 156 sendet diesen Preflight nicht mehr.</translation>
    </message>
    <message>
        <source>a local page may call loopback without asking</source>
        <translation>eine lokale Seite darf loopback ohne Nachfrage aufrufen</translation>
    </message>
    <message>
        <source>not more private, nothing to ask</source>
        <translation>nicht privater, nichts zu fragen</translation>
    </message>
    <message>
        <source>targetAddressSpace &apos;%1&apos; ≠ %2</source>
        <translation>targetAddressSpace &apos;%1&apos; ≠ %2</translation>
    </message>
    <message>
        <source>%1: page not a secure context</source>
        <translation>%1: Seite kein sicherer Kontext</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: erlaubt</translation>
    </message>
    <message>
        <source>%1: blocked</source>
        <translation>%1: blockiert</translation>
    </message>
    <message>
        <source>%1: asked, dismissed</source>
        <translation>%1: gefragt, Abfrage geschlossen</translation>
    </message>
    <message>
        <source>The page %1 is in the %2 address space and the server in the more private %3 one (Local Network Access, Chromium 142 and later): Chromium needs the user&apos;s %4 permission first.</source>
        <translation>Die Seite %1 liegt im Adressraum %2 und der Server im privateren Adressraum %3 (Local Network Access, ab Chromium 142): Chromium braucht zuerst die Berechtigung %4 des Benutzers.</translation>
    </message>
    <message>
        <source>The user blocked it.</source>
        <translation>Der Benutzer hat den Zugriff blockiert.</translation>
    </message>
    <message>
        <source>The permission is still to be asked (prompt): Chromium shows the prompt and sends nothing while it waits. This verdict is what follows when the user blocks or dismisses it, as headless Chromium does; with the permission granted the request goes ahead and CORS applies as usual.</source>
        <translation>Die Berechtigung steht noch aus (prompt): Chromium zeigt die Abfrage und sendet nichts, solange es wartet. Dieses Urteil ist das, was folgt, wenn der Benutzer die Abfrage blockiert oder schließt, wie es Headless-Chromium tut; mit erteilter Berechtigung geht die Anfrage durch und CORS gilt wie gewohnt.</translation>
    </message>
    <message>
        <source>The page called a server in the more private %1 address space (Local Network Access, Chromium 142 and later), and the user has not allowed it: they blocked or dismissed Chromium&apos;s prompt.</source>
        <translation>Die Seite hat einen Server im privateren Adressraum %1 aufgerufen (Local Network Access, ab Chromium 142), und der Benutzer hat es nicht erlaubt: Er hat Chromiums Abfrage blockiert oder geschlossen.</translation>
    </message>
    <message>
        <source>The user allowed the page to reach the %1 address space (%2), so the request was sent and CORS applied as usual.</source>
        <translation>Der Benutzer hat der Seite erlaubt, den Adressraum %1 zu erreichen (%2), also wurde die Anfrage gesendet und CORS wie gewohnt angewendet.</translation>
    </message>
    <message>
        <source>Local Network Access (page %1 → server %2)</source>
        <translation>Local Network Access (Seite %1 → Server %2)</translation>
    </message>
    <message>
        <source>the user allowed %1</source>
        <translation>der Benutzer hat %1 erlaubt</translation>
    </message>
    <message>
        <source>targetAddressSpace &apos;%1&apos; is not the server&apos;s space: refused</source>
        <translation>targetAddressSpace &apos;%1&apos; ist nicht der Adressraum des Servers: abgelehnt</translation>
    </message>
    <message>
        <source>the page is not a secure context: refused without asking</source>
        <translation>die Seite ist kein sicherer Kontext: ohne Nachfrage abgelehnt</translation>
    </message>
    <message>
        <source>the user blocked %1: refused</source>
        <translation>der Benutzer hat %1 blockiert: abgelehnt</translation>
    </message>
    <message>
        <source>%1 not answered: refused, as when the prompt is dismissed</source>
        <translation>%1 nicht beantwortet: abgelehnt, wie wenn die Abfrage geschlossen wird</translation>
    </message>
    <message>
        <source>needs the %1 permission before anything is sent</source>
        <translation>braucht die Berechtigung %1, bevor irgendetwas gesendet wird</translation>
    </message>
    <message>
        <source>targetAddressSpace &apos;%1&apos;</source>
        <translation>targetAddressSpace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Firefox ESR reads no targetAddressSpace: it goes on to its own Local Network Access check.</source>
        <translation>Firefox ESR liest kein targetAddressSpace: es fährt mit seiner eigenen Local-Network-Access-Prüfung fort.</translation>
    </message>
    <message>
        <source>Firefox ESR does not refuse an insecure page: it would ask the user instead.</source>
        <translation>Firefox ESR lehnt eine unsichere Seite nicht ab: es würde stattdessen den Benutzer fragen.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect, and Chromium takes the Local Network Access step again for each hop, against the address space of the hop&apos;s server.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet, und Chromium macht den Local-Network-Access-Schritt für jeden Sprung erneut, gegen den Adressraum des Servers dieses Sprungs.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CORS Playground</source>
        <translation>CORS Playground</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Result, request log and origin inspector</source>
        <translation>Ergebnis, Anfrageprotokoll und Ursprungs-Inspektor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Origin inspector</source>
        <translation>Ursprungs-Inspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Open policy...</source>
        <translation>Richtlinie ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Load a policy JSON file</source>
        <translation>Eine Richtlinien-JSON-Datei laden</translation>
    </message>
    <message>
        <source>&amp;Save policy as...</source>
        <translation>Richtlinie &amp;speichern unter...</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the policy as JSON</source>
        <translation>Die Richtlinie als JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo policy edit</source>
        <translation>Richtlinienänderung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo policy edit</source>
        <translation>Richtlinienänderung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Start or stop the server</source>
        <translation>Server &amp;starten oder stoppen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Send request	Ctrl+Enter</source>
        <translation>Anfrage &amp;senden	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Run the composed request in the simulated browser</source>
        <translation>Die zusammengestellte Anfrage im simulierten Browser ausführen</translation>
    </message>
    <message>
        <source>&amp;Forget cached preflights</source>
        <translation>Zwischengespeicherte Preflights &amp;vergessen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Empty the simulated browser&apos;s preflight cache</source>
        <translation>Den Preflight-Cache des simulierten Browsers leeren</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>Anfrage&amp;protokoll</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Origin inspector</source>
        <translation>&amp;Ursprungs-Inspektor</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>The simulated browser forgot its cached preflights.</source>
        <translation>Der simulierte Browser hat seine zwischengespeicherten Preflights vergessen.</translation>
    </message>
    <message>
        <source>CORS server listening on %1</source>
        <translation>CORS-Server lauscht auf %1</translation>
    </message>
    <message>
        <source>CORS server stopped</source>
        <translation>CORS-Server gestoppt</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Unterricht</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Larger text for a projector</source>
        <translation>Größere Schrift für den Beamer</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>White on black, for projectors and low vision</source>
        <translation>Weiß auf Schwarz, für Beamer und bei Sehschwäche</translation>
    </message>
    <message>
        <source>&amp;Predict mode</source>
        <translation>&amp;Vorhersagemodus</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Hide each verdict until you reveal it, so the class guesses first</source>
        <translation>Jedes Urteil verbergen, bis es aufgedeckt wird, damit die Klasse zuerst rät</translation>
    </message>
    <message>
        <source>&amp;Reveal the verdict	Ctrl+Shift+Space</source>
        <translation>Urteil &amp;aufdecken	Ctrl+Shift+Space</translation>
    </message>
    <message>
        <source>Show what the browser did</source>
        <translation>Zeigen, was der Browser getan hat</translation>
    </message>
    <message>
        <source>Open the real-browser &amp;demo page</source>
        <translation>&amp;Demoseite im echten Browser öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Open a page on a second origin that runs the composed request with your browser&apos;s real fetch()</source>
        <translation>Eine Seite auf einem zweiten Ursprung öffnen, die die zusammengestellte Anfrage mit dem echten fetch() Ihres Browsers ausführt</translation>
    </message>
    <message>
        <source>Load scenario %1</source>
        <translation>Szenario %1 laden</translation>
    </message>
    <message>
        <source>Scenario loaded: press Ctrl+Enter to send.</source>
        <translation>Szenario geladen: zum Senden Ctrl+Enter drücken.</translation>
    </message>
    <message>
        <source>Open %1 in a browser.</source>
        <translation>%1 in einem Browser öffnen.</translation>
    </message>
    <message>
        <source>&amp;Export policy as code...</source>
        <translation>Richtlinie als Code e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>FastAPI, Flask, Express or nginx code for your project</source>
        <translation>FastAPI-, Flask-, Express- oder nginx-Code für Ihr Projekt</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the composed request as curl commands (with its preflight)</source>
        <translation>Die erstellte Anfrage als curl-Befehle kopieren (mit ihrem Preflight)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Save trace as &amp;HAR...</source>
        <translation>Verlauf als &amp;HAR speichern...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the last exchanges as an HTTP Archive that browser developer tools can import</source>
        <translation>Die letzten Austausche als HTTP-Archiv speichern, das Browser-Entwicklerwerkzeuge importieren können</translation>
    </message>
    <message>
        <source>Copied the request as curl.</source>
        <translation>Anfrage als curl kopiert.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show the &amp;policy pane</source>
        <translation>&amp;Richtlinienbereich anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the server and policy pane, to give the results the room</source>
        <translation>Den Server- und Richtlinienbereich ein- oder ausblenden, um den Ergebnissen Platz zu geben</translation>
    </message>
    <message>
        <source>Show the request &amp;composer</source>
        <translation>Anfrage-&amp;Editor anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show or hide the request composer, to give the results the room</source>
        <translation>Den Anfrage-Editor ein- oder ausblenden, um den Ergebnissen Platz zu geben</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open the first lesson and say what to press</source>
        <translation>Die erste Lektion öffnen und sagen, was zu drücken ist</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <source>&amp;About CORS Playground</source>
        <translation>Ü&amp;ber CORS Playground</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>⚠ The server ran its last applied policy, not what the form shows: %1 not applied.</source>
        <translation>⚠ Der Server lief mit seiner zuletzt angewendeten Richtlinie, nicht mit dem, was das Formular zeigt: %1 nicht angewendet.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Compare frameworks</source>
        <translation>Frameworks vergleichen</translation>
    </message>
    <message>
        <source>Copy as page &amp;code</source>
        <translation>Als Seiten&amp;code kopieren</translation>
    </message>
    <message>
        <source>Copy the code a page writes to send the composed request: its fetch() call, XMLHttpRequest, HTML element or @font-face rule</source>
        <translation>Den Code kopieren, den eine Seite schreibt, um die zusammengestellte Anfrage zu senden: ihren fetch()-Aufruf, XMLHttpRequest, ein HTML-Element oder eine @font-face-Regel</translation>
    </message>
    <message>
        <source>Copy as &amp;axios</source>
        <translation>Als &amp;axios kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Copy the composed XMLHttpRequest as an axios call (axios sends XMLHttpRequest in the browser)</source>
        <translation>Den zusammengestellten XMLHttpRequest als axios-Aufruf kopieren (axios sendet im Browser XMLHttpRequest)</translation>
    </message>
    <message>
        <source>Copied the page&apos;s code for the request.</source>
        <translation>Der Code der Seite für die Anfrage wurde kopiert.</translation>
    </message>
    <message>
        <source>Copied the request as an axios call.</source>
        <translation>Die Anfrage wurde als axios-Aufruf kopiert.</translation>
    </message>
    <message>
        <source>&amp;Diagnose a console error...</source>
        <translation>Konsolenfehler &amp;diagnostizieren...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Paste a CORS error from the browser&apos;s console: what failed, why, the fix for your framework, and a reproduction here</source>
        <translation>Einen CORS-Fehler aus der Browserkonsole einfügen: was fehlschlug, warum, die Lösung für Ihr Framework und eine Reproduktion hier</translation>
    </message>
    <message>
        <source>Reproduce a console error</source>
        <translation>Einen Konsolenfehler reproduzieren</translation>
    </message>
    <message>
        <source>Reproduced the pasted error: change the policy or the request until it passes.</source>
        <translation>Der eingefügte Fehler ist reproduziert: Ändern Sie Richtlinie oder Anfrage, bis sie durchgeht.</translation>
    </message>
</context>
<context>
    <name>ManualForm</name>
    <message>
        <source>Manual responses</source>
        <translation>Manuelle Antworten</translation>
    </message>
    <message>
        <source>Sent exactly as written: duplicate lines, odd case and trailing slashes included.</source>
        <translation>Genau wie geschrieben gesendet: doppelte Zeilen, ungewöhnliche Groß-/Kleinschreibung und abschließende Schrägstriche inklusive.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status of the preflight answer. Browsers require 200-299; anything else fails the preflight.</source>
        <translation>Status der Preflight-Antwort. Browser verlangen 200-299; alles andere lässt den Preflight scheitern.</translation>
    </message>
    <message>
        <source>Header lines of the preflight answer, e.g. Access-Control-Allow-Origin, -Methods, -Headers, -Max-Age, -Credentials.</source>
        <translation>Header-Zeilen der Preflight-Antwort, z. B. Access-Control-Allow-Origin, -Methods, -Headers, -Max-Age, -Credentials.</translation>
    </message>
    <message>
        <source>Status of the actual answer; a 3xx with a Location line makes the browser follow it.</source>
        <translation>Status der eigentlichen Antwort; bei einem 3xx mit einer Location-Zeile folgt der Browser ihr.</translation>
    </message>
    <message>
        <source>Header lines of the actual answer, e.g. Access-Control-Allow-Origin, -Credentials, -Expose-Headers.</source>
        <translation>Header-Zeilen der eigentlichen Antwort, z. B. Access-Control-Allow-Origin, -Credentials, -Expose-Headers.</translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation>Nicht übernommen: %1: %2</translation>
    </message>
    <message>
        <source>Preflight response</source>
        <translation>Preflight-Antwort</translation>
    </message>
    <message>
        <source>Preflight response status</source>
        <translation>Status der Preflight-Antwort</translation>
    </message>
    <message>
        <source>answers OPTIONS requests with Access-Control-Request-Method</source>
        <translation>beantwortet OPTIONS-Anfragen mit Access-Control-Request-Method</translation>
    </message>
    <message>
        <source>Preflight response header lines</source>
        <translation>Headerzeilen der Preflight-Antwort</translation>
    </message>
    <message>
        <source>Actual response</source>
        <translation>Eigentliche Antwort</translation>
    </message>
    <message>
        <source>Actual response status</source>
        <translation>Status der eigentlichen Antwort</translation>
    </message>
    <message>
        <source>answers every other request</source>
        <translation>beantwortet jede andere Anfrage</translation>
    </message>
    <message>
        <source>Actual response header lines</source>
        <translation>Headerzeilen der eigentlichen Antwort</translation>
    </message>
</context>
<context>
    <name>MiddlewareForm</name>
    <message>
        <source>Middleware options</source>
        <translation>Middleware-Optionen</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: the origins whose pages may read responses, one per line, exactly as browsers send them: scheme://host[:port], no path, no trailing slash. &quot;*&quot; allows any origin (but never for requests with credentials). Default: none.</source>
        <translation>Access-Control-Allow-Origin: die Ursprünge, deren Seiten Antworten lesen dürfen, einer pro Zeile, genau wie Browser sie senden: scheme://host[:port], ohne Pfad, ohne abschließenden Schrägstrich. &quot;*&quot; erlaubt jeden Ursprung (aber nie bei Anfragen mit Anmeldedaten). Standard: keine.</translation>
    </message>
    <message>
        <source>Origin regex</source>
        <translation>Ursprungs-Regex</translation>
    </message>
    <message>
        <source>allow_origin_regex: a regular expression that must match the whole Origin, e.g. https://.*\.example\.org. Default: none.</source>
        <translation>allow_origin_regex: ein regulärer Ausdruck, der auf den gesamten Origin-Wert passen muss, z. B. https://.*\.example\.org. Standard: keiner.</translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation>Erlaubte Methoden</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods on preflight responses: methods other than GET, HEAD and POST need to be listed. &quot;*&quot; means DELETE GET HEAD OPTIONS PATCH POST PUT. Compared case-sensitively. Default: GET.</source>
        <translation>Access-Control-Allow-Methods in Preflight-Antworten: Methoden außer GET, HEAD und POST müssen aufgeführt werden. &quot;*&quot; bedeutet DELETE GET HEAD OPTIONS PATCH POST PUT. Groß-/Kleinschreibung wird beachtet. Standard: GET.</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers on preflight responses: request headers a page may send beyond the safelisted ones. Accept, Accept-Language, Content-Language and Content-Type are always allowed. &quot;*&quot; mirrors whatever is requested. Default: none.</source>
        <translation>Access-Control-Allow-Headers in Preflight-Antworten: Anfrage-Header, die eine Seite über die Safelist-Header hinaus senden darf. Accept, Accept-Language, Content-Language und Content-Type sind immer erlaubt. &quot;*&quot; spiegelt alles zurück, was angefragt wird. Standard: keine.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Credentials: true. Needed when the page sends credentials (fetch with credentials: &quot;include&quot;); then Access-Control-Allow-Origin must name the origin, never &quot;*&quot;. Default: off.</source>
        <translation>Access-Control-Allow-Credentials: true. Nötig, wenn die Seite Anmeldedaten sendet (fetch mit credentials: &quot;include&quot;); dann muss Access-Control-Allow-Origin den Ursprung nennen, nie &quot;*&quot;. Standard: aus.</translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation>Anmeldedaten erlauben</translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation>Freigegebene Header</translation>
    </message>
    <message>
        <source>Access-Control-Expose-Headers: response headers JavaScript may read besides Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified and Pragma. Default: none.</source>
        <translation>Access-Control-Expose-Headers: Antwort-Header, die JavaScript außer Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified und Pragma lesen darf. Standard: keine.</translation>
    </message>
    <message>
        <source>Preflight max age (s)</source>
        <translation>Preflight-Cachedauer (s)</translation>
    </message>
    <message>
        <source>Access-Control-Max-Age: how long a browser may cache a preflight. Chromium caps it at 7200 s (2 hours), Firefox at 86400 s; 0 disables caching. Default: 600.</source>
        <translation>Access-Control-Max-Age: wie lange ein Browser einen Preflight zwischenspeichern darf. Chromium begrenzt den Wert auf 7200 s (2 Stunden), Firefox auf 86400 s; 0 schaltet das Caching ab. Standard: 600.</translation>
    </message>
    <message>
        <source>Preflight max age in seconds</source>
        <translation>Preflight-Cachedauer in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Proxy to</source>
        <translation>Proxy zu</translation>
    </message>
    <message>
        <source>Proxy mode, as a CORS debugging proxy: forward every request except preflights to this http:// URL and put the CORS headers above on its answer. Empty: answer locally. Default: none.</source>
        <translation>Proxy-Modus, als CORS-Debugging-Proxy: jede Anfrage außer Preflights an diese http://-URL weiterleiten und die CORS-Header oben auf deren Antwort setzen. Leer: lokal antworten. Standard: keiner.</translation>
    </message>
    <message>
        <source>Proxy upstream URL</source>
        <translation>Ziel-URL des Proxys</translation>
    </message>
    <message>
        <source>none yet, e.g. http://localhost:3000</source>
        <translation>noch keine, z. B. http://localhost:3000</translation>
    </message>
    <message>
        <source>No origin is allowed yet: add the page&apos;s origin, such as http://localhost:3000, and press Enter.</source>
        <translation>Noch ist kein Origin erlaubt: Fügen Sie den Origin der Seite hinzu, etwa http://localhost:3000, und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>none, e.g. https://.*\.example\.org</source>
        <translation>keiner, z. B. https://.*\.example\.org</translation>
    </message>
    <message>
        <source>none, e.g. PUT</source>
        <translation>keine, z. B. PUT</translation>
    </message>
    <message>
        <source>none, e.g. X-API-Key</source>
        <translation>keine, z. B. X-API-Key</translation>
    </message>
    <message>
        <source>none, e.g. X-Request-ID</source>
        <translation>keine, z. B. X-Request-ID</translation>
    </message>
    <message>
        <source>off, e.g. http://127.0.0.1:9000</source>
        <translation>aus, z. B. http://127.0.0.1:9000</translation>
    </message>
</context>
<context>
    <name>OptionLiteral</name>
    <message>
        <source>unexpected &quot;%1&quot; after the value</source>
        <translation>unerwartetes &quot;%1&quot; nach dem Wert</translation>
    </message>
    <message>
        <source>the string is not closed: add %1 at its end</source>
        <translation>der String ist nicht geschlossen: %1 am Ende hinzufügen</translation>
    </message>
    <message>
        <source>the list is not closed: add %1 at its end</source>
        <translation>die Liste ist nicht geschlossen: %1 am Ende hinzufügen</translation>
    </message>
    <message>
        <source>write a comma between the list&apos;s values</source>
        <translation>zwischen die Werte der Liste ein Komma schreiben</translation>
    </message>
    <message>
        <source>the regular expression is not closed: add / at its end</source>
        <translation>der reguläre Ausdruck ist nicht geschlossen: / am Ende hinzufügen</translation>
    </message>
    <message>
        <source>regular expression flags are not supported here</source>
        <translation>Flags für reguläre Ausdrücke werden hier nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a value here: put text in quotes, such as &apos;%1&apos;</source>
        <translation>%1 ist hier kein Wert: Text in Anführungszeichen setzen, etwa &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>OriginComparison</name>
    <message>
        <source>%1: scheme and host are compared in lower case.</source>
        <translation>%1: Schema und Host werden in Kleinbuchstaben verglichen.</translation>
    </message>
    <message>
        <source>%1: no port given, so the default %2 for %3 applies.</source>
        <translation>%1: kein Port angegeben, daher gilt der Standardport %2 für %3.</translation>
    </message>
    <message>
        <source>%1: the path, query and fragment are not part of the origin. Access-Control-Allow-Origin is compared as text, though, so &quot;%2/&quot; there would not match &quot;%2&quot;.</source>
        <translation>%1: Pfad, Query und Fragment gehören nicht zum Ursprung. Access-Control-Allow-Origin wird allerdings als Text verglichen, daher würde &quot;%2/&quot; dort nicht zu &quot;%2&quot; passen.</translation>
    </message>
    <message>
        <source>not a URL with scheme and host, such as http://localhost:3000</source>
        <translation>keine URL mit Schema und Host, etwa http://localhost:3000</translation>
    </message>
    <message>
        <source>The schemes differ: %1 and %2.</source>
        <translation>Die Schemata unterscheiden sich: %1 und %2.</translation>
    </message>
    <message>
        <source>The hosts differ: %1 and %2 (even if both reach the same machine, as localhost and 127.0.0.1 do).</source>
        <translation>Die Hosts unterscheiden sich: %1 und %2 (auch wenn beide denselben Rechner erreichen, wie localhost und 127.0.0.1).</translation>
    </message>
    <message>
        <source>The ports differ: %1 and %2.</source>
        <translation>Die Ports unterscheiden sich: %1 und %2.</translation>
    </message>
</context>
<context>
    <name>OriginInspector</name>
    <message>
        <source>Origin inspector</source>
        <translation>Ursprungs-Inspektor</translation>
    </message>
    <message>
        <source>First URL</source>
        <translation>Erste URL</translation>
    </message>
    <message>
        <source>http://localhost:3000</source>
        <translation>http://localhost:3000</translation>
    </message>
    <message>
        <source>A page URL or an origin</source>
        <translation>Eine Seiten-URL oder ein Ursprung</translation>
    </message>
    <message>
        <source>Second URL</source>
        <translation>Zweite URL</translation>
    </message>
    <message>
        <source>http://localhost:3000/</source>
        <translation>http://localhost:3000/</translation>
    </message>
    <message>
        <source>Another URL or origin to compare with</source>
        <translation>Eine weitere URL oder ein Ursprung zum Vergleich</translation>
    </message>
    <message>
        <source>Scheme, host and port of both</source>
        <translation>Schema, Host und Port beider</translation>
    </message>
    <message>
        <source>Same-origin verdict</source>
        <translation>Urteil: gleicher Ursprung?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweite</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Enter two URLs such as http://localhost:3000/app.</source>
        <translation>Zwei URLs eingeben, etwa http://localhost:3000/app.</translation>
    </message>
    <message>
        <source>✔ Same origin</source>
        <translation>✔ Gleicher Ursprung</translation>
    </message>
    <message>
        <source>✖ Different origins</source>
        <translation>✖ Verschiedene Ursprünge</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>%1: cannot read the policy file: %2</source>
        <translation>%1: Die Richtlinien-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the policy: %2</source>
        <translation>%1: Die Richtlinie kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PolicyFiles</name>
    <message>
        <source>Open policy</source>
        <translation>Richtlinie öffnen</translation>
    </message>
    <message>
        <source>Policy JSON (*.json);;All files (*)</source>
        <translation>Richtlinien-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Policy not loaded</source>
        <translation>Richtlinie nicht geladen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Policy JSON (*.json)</source>
        <translation>Richtlinien-JSON (*.json)</translation>
    </message>
    <message>
        <source>Policy not saved</source>
        <translation>Richtlinie nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save trace as HAR</source>
        <translation>Verlauf als HAR speichern</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>Trace not saved</source>
        <translation>Verlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PolicyJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown key; the known keys are %1.</source>
        <translation>unbekannter Schlüssel; die bekannten Schlüssel sind %1.</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>unbekannter Schlüssel; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>must be a list of strings, such as [&quot;%1&quot;], not %2.</source>
        <translation>muss eine Liste von Strings sein, etwa [&quot;%1&quot;], nicht %2.</translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation>muss ein String sein, nicht %1.</translation>
    </message>
    <message>
        <source>must be a string or null, not %1.</source>
        <translation>muss ein String oder null sein, nicht %1.</translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation>muss true oder false sein, nicht %1.</translation>
    </message>
    <message>
        <source>must be %1 from %2 to %3 (got %4).</source>
        <translation>muss %1 von %2 bis %3 sein (erhalten: %4).</translation>
    </message>
    <message>
        <source>must be an object, not %1.</source>
        <translation>muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>must be a list of [name, value] pairs, such as [[&quot;Access-Control-Allow-Origin&quot;, &quot;*&quot;]], not %1.</source>
        <translation>muss eine Liste von [Name, Wert]-Paaren sein, etwa [[&quot;Access-Control-Allow-Origin&quot;, &quot;*&quot;]], nicht %1.</translation>
    </message>
    <message>
        <source>must be a pair of two strings, [name, value].</source>
        <translation>muss ein Paar aus zwei Strings sein, [Name, Wert].</translation>
    </message>
    <message>
        <source>an HTTP status</source>
        <translation>ein HTTP-Status</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3.</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>a policy must be a JSON object { ... }.</source>
        <translation>eine Richtlinie muss ein JSON-Objekt { ... } sein.</translation>
    </message>
    <message>
        <source>must be &quot;middleware&quot; or &quot;manual&quot;, not &quot;%1&quot;.</source>
        <translation>muss &quot;middleware&quot; oder &quot;manual&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>eine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>a regular expression is written {&quot;regex&quot;: &quot;^https://.*&quot;}.</source>
        <translation>ein regulärer Ausdruck wird als {&quot;regex&quot;: &quot;^https://.*&quot;} geschrieben.</translation>
    </message>
    <message>
        <source>must be a string or {&quot;regex&quot;: &quot;...&quot;}, not %1.</source>
        <translation>muss ein String oder {&quot;regex&quot;: &quot;...&quot;} sein, nicht %1.</translation>
    </message>
    <message>
        <source>must be a string, true, false, a list or {&quot;regex&quot;: &quot;...&quot;}, not %1.</source>
        <translation>muss ein String, true, false, eine Liste oder {&quot;regex&quot;: &quot;...&quot;} sein, nicht %1.</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;%1&quot;]: django-cors-headers would read a string one character at a time.</source>
        <translation>muss eine Liste sein, etwa [&quot;%1&quot;]: django-cors-headers würde einen String Zeichen für Zeichen lesen.</translation>
    </message>
    <message>
        <source>must be a whole number of seconds: django-cors-headers&apos; check corsheaders.E004 refuses None.</source>
        <translation>muss eine ganze Zahl von Sekunden sein: Die Prüfung corsheaders.E004 von django-cors-headers lehnt None ab.</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;.</source>
        <translation>muss eines von %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>must be a whole number of seconds or null (got %1).</source>
        <translation>muss eine ganze Zahl von Sekunden oder null sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>must be a string or a list of strings, not %1.</source>
        <translation>muss ein String oder eine Liste von Strings sein, nicht %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Start with this policy file.</source>
        <translation>Mit dieser Richtlinien-Datei starten.</translation>
    </message>
    <message>
        <source>Server port (default 8000, or a free one when taken).</source>
        <translation>Server-Port (Standard 8000, oder ein freier, falls belegt).</translation>
    </message>
    <message>
        <source>Page origin for the composer.</source>
        <translation>Seitenursprung für den Anfrage-Editor.</translation>
    </message>
    <message>
        <source>Method for the composer.</source>
        <translation>Methode für den Anfrage-Editor.</translation>
    </message>
    <message>
        <source>omit, same-origin or include.</source>
        <translation>omit, same-origin oder include.</translation>
    </message>
    <message>
        <source>Cookies the browser holds for the target.</source>
        <translation>Cookies, die der Browser für das Ziel hält.</translation>
    </message>
    <message>
        <source>Send the composed request at start.</source>
        <translation>Die zusammengestellte Anfrage beim Start senden.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>CORS Playground</source>
        <translation>CORS Playground</translation>
    </message>
    <message>
        <source>The CORS server could not start: %1</source>
        <translation>Der CORS-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Load a classroom scenario by id.</source>
        <translation>Ein Unterrichtsszenario per ID laden.</translation>
    </message>
    <message>
        <source>Text size in percent.</source>
        <translation>Textgröße in Prozent.</translation>
    </message>
    <message>
        <source>Start in predict mode.</source>
        <translation>Im Vorhersagemodus starten.</translation>
    </message>
    <message>
        <source>Start with high contrast colours.</source>
        <translation>Mit kontrastreichen Farben starten.</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;; the scenarios are:</source>
        <translation>kein Szenario „%1“; die Szenarien sind:</translation>
    </message>
    <message>
        <source>Port of the real-browser demo page (default 8001, or a free one when taken; 0 for any free port).</source>
        <translation>Port der Demoseite für echte Browser (Standard 8001, oder ein freier, wenn belegt; 0 für einen beliebigen freien Port).</translation>
    </message>
    <message>
        <source>not a port number: &quot;%1&quot;</source>
        <translation>keine Portnummer: „%1“</translation>
    </message>
    <message>
        <source>The demo page could not use port %1 (%2) and is on %3 instead.</source>
        <translation>Die Demoseite konnte Port %1 nicht nutzen (%2) und läuft stattdessen auf %3.</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. 1920x1080.</source>
        <translation>Fenstergröße in Pixeln, z. B. 1920x1080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size such as 1920x1080</source>
        <translation>„%1“ ist keine Größe wie 1920x1080</translation>
    </message>
    <message>
        <source>result, sequence, log, inspector or compare (the four libraries&apos; answers).</source>
        <translation>result, sequence, log, inspector oder compare (die Antworten der vier Bibliotheken).</translation>
    </message>
</context>
<context>
    <name>RawHttpClient</name>
    <message>
        <source>no complete response within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>only http:// and https:// URLs can be sent (got %1://)</source>
        <translation>nur http://- und https://-URLs können gesendet werden (erhalten: %1://)</translation>
    </message>
</context>
<context>
    <name>RealBrowserComparison</name>
    <message>
        <source>Status %1.</source>
        <translation>Status %1.</translation>
    </message>
    <message>
        <source>Loaded, but the response is opaque: the page cannot read it.</source>
        <translation>Geladen, aber die Antwort ist opak: Die Seite kann sie nicht lesen.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Geladen.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation>Seitenursprung</translation>
    </message>
    <message>
        <source>The origin of the page that calls fetch(): scheme://host[:port]. The browser sends it in the Origin header.</source>
        <translation>Der Ursprung der Seite, die fetch() aufruft: scheme://host[:port]. Der Browser sendet ihn im Origin-Header.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>/api/data</source>
        <translation>/api/data</translation>
    </message>
    <message>
        <source>A path on the playground server (/api/data) or any http:// URL.</source>
        <translation>Ein Pfad auf dem Playground-Server (/api/data) oder eine beliebige http://-URL.</translation>
    </message>
    <message>
        <source>Target path or URL</source>
        <translation>Zielpfad oder URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>As written in fetch(). GET, HEAD and POST may go without a preflight; fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT.</source>
        <translation>Wie in fetch() geschrieben. GET, HEAD und POST kommen ohne Preflight aus; fetch() schreibt nur DELETE, GET, HEAD, OPTIONS, POST und PUT in Großbuchstaben um.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>fetch() credentials mode. &quot;include&quot; sends cookies cross-origin; then the server must answer with the exact origin and Access-Control-Allow-Credentials: true.</source>
        <translation>Der credentials-Modus von fetch(). &quot;include&quot; sendet Cookies auch ursprungsübergreifend; dann muss der Server mit dem exakten Ursprung und Access-Control-Allow-Credentials: true antworten.</translation>
    </message>
    <message>
        <source>Credentials mode</source>
        <translation>Anmeldedaten-Modus</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>fetch() mode. no-cors allows only GET, HEAD and POST with safelisted headers and gives an opaque response the page cannot read.</source>
        <translation>Der Modus (mode) von fetch(). no-cors erlaubt nur GET, HEAD und POST mit Safelist-Headern und liefert eine opake Antwort, die die Seite nicht lesen kann.</translation>
    </message>
    <message>
        <source>Request mode</source>
        <translation>Anfragemodus</translation>
    </message>
    <message>
        <source>Browser cookies</source>
        <translation>Browser-Cookies</translation>
    </message>
    <message>
        <source>Cookies the browser already holds for the target site, like a login session. The browser adds them itself when the credentials mode allows; a page cannot set the Cookie header.</source>
        <translation>Cookies, die der Browser für die Ziel-Website bereits hält, etwa eine Login-Sitzung. Der Browser fügt sie selbst hinzu, wenn der Anmeldedaten-Modus es erlaubt; eine Seite kann den Cookie-Header nicht setzen.</translation>
    </message>
    <message>
        <source>Cookies the browser holds</source>
        <translation>Cookies, die der Browser hält</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request headers the page sets. Anything beyond Accept, Accept-Language, Content-Language and a simple Content-Type makes the request preflighted.</source>
        <translation>Anfrage-Header, die die Seite setzt. Alles über Accept, Accept-Language, Content-Language und einen einfachen Content-Type hinaus löst einen Preflight aus.</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Send a string body (fetch adds Content-Type: text/plain;charset=UTF-8 unless you set one).</source>
        <translation>Einen String als Body senden (fetch fügt Content-Type: text/plain;charset=UTF-8 hinzu, sofern Sie keinen setzen).</translation>
    </message>
    <message>
        <source>Send a body</source>
        <translation>Body senden</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>What kind of request this is</source>
        <translation>Welche Art von Anfrage das ist</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Run the request in the simulated browser (Ctrl+Enter)</source>
        <translation>Die Anfrage im simulierten Browser ausführen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Page origin: %1</source>
        <translation>Seitenursprung: %1</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not an origin a page can have.</source>
        <translation>&quot;*&quot; ist kein Ursprung, den eine Seite haben kann.</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>Cannot send. %1</source>
        <translation>Senden nicht möglich. %1</translation>
    </message>
    <message>
        <source>Target: enter a path such as /api/data or an http(s):// URL.</source>
        <translation>Ziel: einen Pfad wie /api/data oder eine http(s)://-URL eingeben.</translation>
    </message>
    <message>
        <source>none, e.g. session=abc</source>
        <translation>keine, z. B. session=abc</translation>
    </message>
    <message>
        <source>empty, e.g. {&quot;hello&quot;: &quot;world&quot;}</source>
        <translation>leer, z. B. {&quot;hello&quot;: &quot;world&quot;}</translation>
    </message>
    <message>
        <source>The playground&apos;s server is stopped: start it (Ctrl+R) to send to %1.</source>
        <translation>Der Server des Playgrounds ist gestoppt: Starten Sie ihn (Ctrl+R), um an %1 zu senden.</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>What sends the request. Chromium words its error after it (&quot;Access to XMLHttpRequest at ...&quot;), and each one has its own mode, credentials and headers: axios and jQuery use XMLHttpRequest; @font-face is always CORS; an element without crossorigin loads without CORS and gives the page an opaque response.</source>
        <translation>Was die Anfrage sendet. Chromium benennt seinen Fehler danach („Access to XMLHttpRequest at ...“), und jedes hat eigenen Modus, eigene Credentials und Header: axios und jQuery nutzen XMLHttpRequest; @font-face ist immer CORS; ein Element ohne crossorigin lädt ohne CORS und gibt der Seite eine opake Antwort.</translation>
    </message>
    <message>
        <source>What sends the request</source>
        <translation>Was die Anfrage sendet</translation>
    </message>
    <message>
        <source>The element&apos;s crossorigin attribute. Without it, the load is no-cors: it works, but the page cannot read the result (a tainted canvas, &quot;Script error.&quot;, unreadable CSS rules). anonymous: CORS without cookies; use-credentials: CORS with cookies. Module scripts always use CORS.</source>
        <translation>Das crossorigin-Attribut des Elements. Ohne es lädt es no-cors: Es funktioniert, aber die Seite kann das Ergebnis nicht lesen (ein verunreinigtes Canvas, „Script error.“, unlesbare CSS-Regeln). anonymous: CORS ohne Cookies; use-credentials: CORS mit Cookies. Modul-Skripte nutzen immer CORS.</translation>
    </message>
    <message>
        <source>crossorigin attribute</source>
        <translation>crossorigin-Attribut</translation>
    </message>
    <message>
        <source>no crossorigin</source>
        <translation>kein crossorigin</translation>
    </message>
    <message>
        <source>Upload listener</source>
        <translation>Upload-Listener</translation>
    </message>
    <message>
        <source>XMLHttpRequest only: xhr.upload.onprogress registered before send(), as an upload progress bar does. With a body it makes even a simple request preflighted.</source>
        <translation>Nur XMLHttpRequest: xhr.upload.onprogress vor send() registriert, wie es ein Upload-Fortschrittsbalken tut. Mit einem Body braucht dann selbst eine einfache Anfrage einen Preflight.</translation>
    </message>
    <message>
        <source>Register an upload listener</source>
        <translation>Einen Upload-Listener registrieren</translation>
    </message>
    <message>
        <source>fetch()</source>
        <translation>fetch()</translation>
    </message>
    <message>
        <source>XMLHttpRequest (axios, jQuery)</source>
        <translation>XMLHttpRequest (axios, jQuery)</translation>
    </message>
    <message>
        <source>@font-face</source>
        <translation>@font-face</translation>
    </message>
    <message>
        <source>&lt;img&gt;</source>
        <translation>&lt;img&gt;</translation>
    </message>
    <message>
        <source>&lt;script&gt;</source>
        <translation>&lt;script&gt;</translation>
    </message>
    <message>
        <source>&lt;script type=module&gt;</source>
        <translation>&lt;script type=module&gt;</translation>
    </message>
    <message>
        <source>&lt;link rel=stylesheet&gt;</source>
        <translation>&lt;link rel=stylesheet&gt;</translation>
    </message>
    <message>
        <source>crossorigin=&quot;anonymous&quot;</source>
        <translation>crossorigin=&quot;anonymous&quot;</translation>
    </message>
    <message>
        <source>crossorigin=&quot;use-credentials&quot;</source>
        <translation>crossorigin=&quot;use-credentials&quot;</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <source>Local Network Access (Chromium 142 and later): a page may call a more private address space (public &lt; local &lt; loopback) only with the user&apos;s permission, and only from a secure context. Nothing is sent, not even a preflight, until it is allowed.</source>
        <translation>Local Network Access (ab Chromium 142): Eine Seite darf einen privateren Adressraum (public &lt; local &lt; loopback) nur mit Berechtigung des Benutzers aufrufen, und nur aus einem sicheren Kontext. Bis das erlaubt ist, wird nichts gesendet, nicht einmal ein Preflight.</translation>
    </message>
    <message>
        <source>The page&apos;s address space. From its host: localhost and 127.0.0.1 are loopback, 10.x, 192.168.x and *.local are local, any other name is public.</source>
        <translation>Der Adressraum der Seite. Nach ihrem Host: localhost und 127.0.0.1 sind loopback, 10.x, 192.168.x und *.local sind local, jeder andere Name ist public.</translation>
    </message>
    <message>
        <source>Page address space</source>
        <translation>Adressraum der Seite</translation>
    </message>
    <message>
        <source>Page: from its host</source>
        <translation>Seite: nach ihrem Host</translation>
    </message>
    <message>
        <source>Page: public</source>
        <translation>Seite: public</translation>
    </message>
    <message>
        <source>Page: local</source>
        <translation>Seite: local</translation>
    </message>
    <message>
        <source>Page: loopback</source>
        <translation>Seite: loopback</translation>
    </message>
    <message>
        <source>The server&apos;s address space. The playground&apos;s server stands in for your API: by default it is where the page is, so nothing is asked. Choose loopback to play a public site calling your localhost API.</source>
        <translation>Der Adressraum des Servers. Der Server des Playgrounds steht für Ihre API: Standardmäßig liegt er dort, wo die Seite liegt, also wird nichts gefragt. Wählen Sie loopback, um eine öffentliche Website nachzustellen, die Ihre localhost-API aufruft.</translation>
    </message>
    <message>
        <source>Server address space</source>
        <translation>Adressraum des Servers</translation>
    </message>
    <message>
        <source>Server: same as the page</source>
        <translation>Server: wie die Seite</translation>
    </message>
    <message>
        <source>Server: public</source>
        <translation>Server: public</translation>
    </message>
    <message>
        <source>Server: local</source>
        <translation>Server: local</translation>
    </message>
    <message>
        <source>Server: loopback</source>
        <translation>Server: loopback</translation>
    </message>
    <message>
        <source>What the user answered when Chromium asked for the local-network (or loopback-network) permission. Not answered: Chromium asks now and sends nothing while it waits; the verdict is what follows a dismissal, as in headless Chromium.</source>
        <translation>Was der Benutzer geantwortet hat, als Chromium nach der Berechtigung local-network (oder loopback-network) gefragt hat. Nicht beantwortet: Chromium fragt jetzt und sendet nichts, solange es wartet; das Urteil ist das, was auf ein Schließen der Abfrage folgt, wie in Headless-Chromium.</translation>
    </message>
    <message>
        <source>Local network permission</source>
        <translation>Berechtigung für das lokale Netzwerk</translation>
    </message>
    <message>
        <source>Permission: granted</source>
        <translation>Berechtigung: erteilt</translation>
    </message>
    <message>
        <source>Permission: denied</source>
        <translation>Berechtigung: verweigert</translation>
    </message>
    <message>
        <source>fetch()&apos;s targetAddressSpace option. It must be the server&apos;s real space, or Chromium refuses the request before anything else.</source>
        <translation>Die Option targetAddressSpace von fetch(). Sie muss dem tatsächlichen Adressraum des Servers entsprechen, sonst lehnt Chromium die Anfrage vor allem anderen ab.</translation>
    </message>
    <message>
        <source>targetAddressSpace</source>
        <translation>targetAddressSpace</translation>
    </message>
    <message>
        <source>targetAddressSpace: not set</source>
        <translation>targetAddressSpace: nicht gesetzt</translation>
    </message>
    <message>
        <source>targetAddressSpace: public</source>
        <translation>targetAddressSpace: public</translation>
    </message>
    <message>
        <source>targetAddressSpace: local</source>
        <translation>targetAddressSpace: local</translation>
    </message>
    <message>
        <source>targetAddressSpace: loopback</source>
        <translation>targetAddressSpace: loopback</translation>
    </message>
    <message>
        <source>Permission: prompt</source>
        <translation>Berechtigung: offen</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>not CORS</source>
        <translation>kein CORS</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Dropped entries</source>
        <translation>Verworfene Einträge</translation>
    </message>
    <message>
        <source>The log keeps the newest entries; older ones are dropped and counted here.</source>
        <translation>Das Protokoll behält die neuesten Einträge; ältere werden verworfen und hier gezählt.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every logged request</source>
        <translation>Alle protokollierten Anfragen vergessen</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Das Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>Requests the server received</source>
        <translation>Vom Server empfangene Anfragen</translation>
    </message>
    <message>
        <source>Every request the server received: from the composer, curl or a real browser</source>
        <translation>Jede Anfrage, die der Server empfangen hat: vom Anfrage-Editor, von curl oder von einem echten Browser</translation>
    </message>
    <message>
        <source>Headers of the selected request</source>
        <translation>Header der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see its headers.</source>
        <translation>Eine Anfrage auswählen, um ihre Header zu sehen.</translation>
    </message>
    <message>
        <source>Answered %1 in %2 ms: %3</source>
        <translation>Beantwortet mit %1 in %2 ms: %3</translation>
    </message>
    <message>
        <source>Nothing dropped</source>
        <translation>Nichts verworfen</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) dropped to keep the log bounded</source>
        <translation>
            <numerusform>%n ältere Anfrage verworfen, damit das Protokoll begrenzt bleibt</numerusform>
            <numerusform>%n ältere Anfragen verworfen, damit das Protokoll begrenzt bleibt</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>How many requests the log keeps; older ones are dropped and counted.</source>
        <translation>Wie viele Anfragen das Protokoll behält; ältere werden verworfen und gezählt.</translation>
    </message>
    <message>
        <source>How many requests the log keeps</source>
        <translation>Wie viele Anfragen das Protokoll behält</translation>
    </message>
    <message>
        <source>(hidden until Reveal)</source>
        <translation>(verborgen bis zum Aufdecken)</translation>
    </message>
</context>
<context>
    <name>RequestPreparation</name>
    <message>
        <source>%1 is a forbidden header: fetch() drops it.</source>
        <translation>%1 ist ein verbotener Header: fetch() verwirft ihn.</translation>
    </message>
    <message>
        <source>%1 is not safelisted: no-cors mode drops it.</source>
        <translation>%1 steht nicht auf der Safelist: Der no-cors-Modus verwirft ihn.</translation>
    </message>
    <message>
        <source>A string body makes fetch() add Content-Type: text/plain;charset=UTF-8.</source>
        <translation>Ein String als Body lässt fetch() Content-Type: text/plain;charset=UTF-8 hinzufügen.</translation>
    </message>
    <message>
        <source>the method %1 is not GET, HEAD or POST</source>
        <translation>die Methode %1 ist nicht GET, HEAD oder POST</translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <source>fetch() will throw: %1</source>
        <translation>fetch() wird einen Fehler werfen: %1</translation>
    </message>
    <message>
        <source>Same origin: no CORS at all.</source>
        <translation>Gleicher Ursprung: überhaupt kein CORS.</translation>
    </message>
    <message>
        <source>no-cors: sent without a preflight; the page gets an opaque response it cannot read.</source>
        <translation>no-cors: ohne Preflight gesendet; die Seite erhält eine opake Antwort, die sie nicht lesen kann.</translation>
    </message>
    <message>
        <source>Simple request: sent at once, no preflight.</source>
        <translation>Einfache Anfrage: wird sofort gesendet, kein Preflight.</translation>
    </message>
    <message>
        <source>Preflighted: an OPTIONS request goes first, because %1.</source>
        <translation>Mit Preflight: Zuerst geht eine OPTIONS-Anfrage hinaus, denn %1.</translation>
    </message>
    <message>
        <source>A font or an element always loads with GET and the browser&apos;s own headers: the method, headers and body were left out.</source>
        <translation>Eine Schrift oder ein Element lädt immer mit GET und den eigenen Headern des Browsers: Methode, Header und Body wurden weggelassen.</translation>
    </message>
    <message>
        <source>%1 is a forbidden header: setRequestHeader() refuses it.</source>
        <translation>%1 ist ein verbotener Header: setRequestHeader() lehnt ihn ab.</translation>
    </message>
    <message>
        <source>send() ignores a body for GET and HEAD: none is sent.</source>
        <translation>send() ignoriert einen Body bei GET und HEAD: Es wird keiner gesendet.</translation>
    </message>
    <message>
        <source>A string body makes send() add Content-Type: text/plain;charset=UTF-8.</source>
        <translation>Ein String-Body lässt send() Content-Type: text/plain;charset=UTF-8 hinzufügen.</translation>
    </message>
    <message>
        <source>an upload listener was registered before send()</source>
        <translation>vor send() wurde ein Upload-Listener registriert</translation>
    </message>
    <message>
        <source>open() will throw: %1</source>
        <translation>open() wird werfen: %1</translation>
    </message>
    <message>
        <source>No crossorigin attribute: loaded without CORS; it works, but the page gets an opaque response it cannot read.</source>
        <translation>Kein crossorigin-Attribut: ohne CORS geladen; es funktioniert, aber die Seite erhält eine opake Antwort, die sie nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Send a request to see what the browser does.</source>
        <translation>Eine Anfrage senden, um zu sehen, was der Browser tut.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>The message Chromium prints in the console for this request</source>
        <translation>Die Meldung, die Chromium für diese Anfrage in der Konsole ausgibt</translation>
    </message>
    <message>
        <source>Chromium console message</source>
        <translation>Chromium-Konsolenmeldung</translation>
    </message>
    <message>
        <source>What Firefox prints for the same failure</source>
        <translation>Was Firefox beim selben Fehler ausgibt</translation>
    </message>
    <message>
        <source>Firefox console message</source>
        <translation>Firefox-Konsolenmeldung</translation>
    </message>
    <message>
        <source>Explanation and fix</source>
        <translation>Erklärung und Lösung</translation>
    </message>
    <message>
        <source>Trace and sequence diagram</source>
        <translation>Verlauf und Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Header trace</source>
        <translation>Header-Verlauf</translation>
    </message>
    <message>
        <source>Every line as sent and received. Lines the browser checked say PASS or FAIL; hover for the rule.</source>
        <translation>Jede Zeile wie gesendet und empfangen. Vom Browser geprüfte Zeilen zeigen OK oder FEHLER; die Regel steht im Tooltip.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>✔ ALLOWED (%1 response)</source>
        <translation>✔ ERLAUBT (Antworttyp %1)</translation>
    </message>
    <message>
        <source>✖ BLOCKED (%1)</source>
        <translation>✖ BLOCKIERT (%1)</translation>
    </message>
    <message>
        <source>Firefox: %1</source>
        <translation>Firefox: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Preflight (from the browser&apos;s cache)</source>
        <translation>Preflight (aus dem Cache des Browsers)</translation>
    </message>
    <message>
        <source>Preflight, needed because %1</source>
        <translation>Preflight, nötig, denn %1</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Actual request</source>
        <translation>Eigentliche Anfrage</translation>
    </message>
    <message>
        <source>JavaScript can read: %1</source>
        <translation>JavaScript kann lesen: %1</translation>
    </message>
    <message>
        <source>   PASS</source>
        <translation>   OK</translation>
    </message>
    <message>
        <source>   FAIL</source>
        <translation>   FEHLER</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PASS %1: %2</source>
        <translation>OK %1: %2</translation>
    </message>
    <message>
        <source>FAIL %1: %2</source>
        <translation>FEHLER %1: %2</translation>
    </message>
    <message>
        <source>Lesson of the scenario</source>
        <translation>Lektion des Szenarios</translation>
    </message>
    <message>
        <source>Predict first: will the browser allow this request? Then reveal the verdict.</source>
        <translation>Erst vorhersagen: Wird der Browser diese Anfrage erlauben? Dann das Urteil aufdecken.</translation>
    </message>
    <message>
        <source>Prediction prompt</source>
        <translation>Aufforderung zur Vorhersage</translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Shift+Space)</source>
        <translation>Aufdecken (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Show what the browser did</source>
        <translation>Zeigen, was der Browser getan hat</translation>
    </message>
    <message>
        <source>Reveal the verdict</source>
        <translation>Urteil aufdecken</translation>
    </message>
    <message>
        <source>What a real browser reported from the demo page for the same request</source>
        <translation>Was ein echter Browser auf der Demoseite für dieselbe Anfrage gemeldet hat</translation>
    </message>
    <message>
        <source>Real browser result</source>
        <translation>Ergebnis im echten Browser</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Real browser (demo page): %1, as simulated. %2</source>
        <translation>Echter Browser (Demoseite): %1, wie simuliert. %2</translation>
    </message>
    <message>
        <source>Real browser (demo page): %1, which differs from the simulation. %2</source>
        <translation>Echter Browser (Demoseite): %1, anders als in der Simulation. %2</translation>
    </message>
    <message>
        <source>Lesson, verdict and messages</source>
        <translation>Lektion, Ergebnis und Meldungen</translation>
    </message>
    <message>
        <source>Policy not applied</source>
        <translation>Richtlinie nicht angewendet</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Szenario zurücksetzen</translation>
    </message>
    <message>
        <source>Put the scenario&apos;s policy and request back, as they were when it was loaded</source>
        <translation>Richtlinie und Anfrage des Szenarios wiederherstellen, wie sie beim Laden waren</translation>
    </message>
    <message>
        <source>Scenario modified</source>
        <translation>Szenario geändert</translation>
    </message>
    <message>
        <source>Modified: the policy or the request differs from the scenario.</source>
        <translation>Geändert: Die Richtlinie oder die Anfrage weicht vom Szenario ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predict first, then reveal: the lesson names the fix.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Erst vorhersagen, dann aufdecken: Die Lektion nennt die Lösung.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Missing Access-Control-Allow-Origin</source>
        <translation>Fehlendes Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>The server answers, but without Access-Control-Allow-Origin the browser keeps the response from the page. The request still reached the server: CORS protects the reader, not the server. Fix: list the page&apos;s origin in allow_origins.</source>
        <translation>Der Server antwortet, aber ohne Access-Control-Allow-Origin hält der Browser die Antwort von der Seite fern. Die Anfrage hat den Server trotzdem erreicht: CORS schützt den Leser, nicht den Server. Lösung: den Ursprung der Seite in allow_origins aufführen.</translation>
    </message>
    <message>
        <source>Wildcard origin with credentials</source>
        <translation>Wildcard-Ursprung mit Anmeldedaten</translation>
    </message>
    <message>
        <source>With credentials: &apos;include&apos; the browser never accepts Access-Control-Allow-Origin: *, even with Access-Control-Allow-Credentials: true. Starlette answers * unless the request carries a cookie. Fix: list the exact origin instead of *.</source>
        <translation>Mit credentials: &apos;include&apos; akzeptiert der Browser Access-Control-Allow-Origin: * nie, selbst mit Access-Control-Allow-Credentials: true. Starlette antwortet mit *, sofern die Anfrage kein Cookie enthält. Lösung: den exakten Ursprung statt * aufführen.</translation>
    </message>
    <message>
        <source>Preflight answered with 401</source>
        <translation>Preflight mit 401 beantwortet</translation>
    </message>
    <message>
        <source>An authentication check ran before CORS and answered the OPTIONS preflight with 401. Browsers never send credentials on a preflight, so it must succeed on its own. Fix: answer OPTIONS with 2xx before any authentication.</source>
        <translation>Eine Authentifizierungsprüfung lief vor CORS und hat den OPTIONS-Preflight mit 401 beantwortet. Browser senden bei einem Preflight nie Anmeldedaten, er muss also für sich allein erfolgreich sein. Lösung: OPTIONS vor jeder Authentifizierung mit 2xx beantworten.</translation>
    </message>
    <message>
        <source>Custom header X-API-Key not allowed</source>
        <translation>Eigener Header X-API-Key nicht erlaubt</translation>
    </message>
    <message>
        <source>X-API-Key is not a CORS-safelisted header, so the browser asks first with a preflight, and Access-Control-Allow-Headers must list it. Fix: add X-API-Key to allow_headers.</source>
        <translation>X-API-Key steht nicht auf der CORS-Safelist, daher fragt der Browser zuerst mit einem Preflight nach, und Access-Control-Allow-Headers muss ihn aufführen. Lösung: X-API-Key zu allow_headers hinzufügen.</translation>
    </message>
    <message>
        <source>Origin with a trailing slash</source>
        <translation>Ursprung mit abschließendem Schrägstrich</translation>
    </message>
    <message>
        <source>Browsers send the origin without a path, so &quot;http://localhost:3000/&quot; never equals &quot;http://localhost:3000&quot;: Access-Control-Allow-Origin is compared as text. Fix: drop the slash.</source>
        <translation>Browser senden den Ursprung ohne Pfad, daher ist &quot;http://localhost:3000/&quot; nie gleich &quot;http://localhost:3000&quot;: Access-Control-Allow-Origin wird als Text verglichen. Lösung: den Schrägstrich entfernen.</translation>
    </message>
    <message>
        <source>Origin in the wrong case</source>
        <translation>Ursprung in falscher Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin is compared byte for byte, and browsers send the host in lower case. Fix: write the origin exactly as the browser sends it.</source>
        <translation>Access-Control-Allow-Origin wird Byte für Byte verglichen, und Browser senden den Host in Kleinbuchstaben. Lösung: den Ursprung genau so schreiben, wie der Browser ihn sendet.</translation>
    </message>
    <message>
        <source>Credentials without Access-Control-Allow-Credentials</source>
        <translation>Anmeldedaten ohne Access-Control-Allow-Credentials</translation>
    </message>
    <message>
        <source>The origin is allowed, but the request includes credentials and the response does not say Access-Control-Allow-Credentials: true. Fix: turn on allow_credentials (with an explicit origin list).</source>
        <translation>Der Ursprung ist erlaubt, aber die Anfrage enthält Anmeldedaten, und die Antwort sagt nicht Access-Control-Allow-Credentials: true. Lösung: allow_credentials einschalten (mit einer expliziten Ursprungsliste).</translation>
    </message>
    <message>
        <source>Method DELETE not allowed</source>
        <translation>Methode DELETE nicht erlaubt</translation>
    </message>
    <message>
        <source>DELETE is not GET, HEAD or POST, so it needs a preflight, and the preflight&apos;s Access-Control-Allow-Methods must list it. Fix: add DELETE to allow_methods.</source>
        <translation>DELETE ist nicht GET, HEAD oder POST, braucht also einen Preflight, und Access-Control-Allow-Methods in der Preflight-Antwort muss es aufführen. Lösung: DELETE zu allow_methods hinzufügen.</translation>
    </message>
    <message>
        <source>A proxy forwards without CORS headers</source>
        <translation>Ein Proxy leitet ohne CORS-Header weiter</translation>
    </message>
    <message>
        <source>The API behind it sends CORS headers, but a reverse proxy in front forwards the body and drops them, so the browser sees none. Fix: let the proxy pass the headers through, or add them there.</source>
        <translation>Die API dahinter sendet CORS-Header, aber ein vorgeschalteter Reverse Proxy leitet den Body weiter und verwirft sie, daher sieht der Browser keine. Lösung: den Proxy die Header durchreichen lassen oder sie dort hinzufügen.</translation>
    </message>
    <message>
        <source>Simple GET with a wildcard</source>
        <translation>Einfaches GET mit Wildcard</translation>
    </message>
    <message>
        <source>A GET with no custom headers is a simple request: no preflight, and Access-Control-Allow-Origin: * lets any page read it, as long as no credentials are sent.</source>
        <translation>Ein GET ohne eigene Header ist eine einfache Anfrage: kein Preflight, und Access-Control-Allow-Origin: * lässt jede Seite die Antwort lesen, solange keine Anmeldedaten gesendet werden.</translation>
    </message>
    <message>
        <source>A preflighted PUT that passes</source>
        <translation>Ein PUT mit Preflight, das durchgeht</translation>
    </message>
    <message>
        <source>PUT needs a preflight. The server allows the origin and the method, so the browser sends the PUT right after, and caches the preflight for max_age seconds.</source>
        <translation>PUT braucht einen Preflight. Der Server erlaubt den Ursprung und die Methode, also sendet der Browser direkt danach das PUT und speichert den Preflight für max_age Sekunden im Cache.</translation>
    </message>
    <message>
        <source>A response header JavaScript can read</source>
        <translation>Ein Antwort-Header, den JavaScript lesen kann</translation>
    </message>
    <message>
        <source>JavaScript may read only a few response headers unless the server lists more in Access-Control-Expose-Headers. Here X-Request-ID is listed and readable; X-Internal is not.</source>
        <translation>JavaScript darf nur wenige Antwort-Header lesen, außer der Server führt weitere in Access-Control-Expose-Headers auf. Hier ist X-Request-ID aufgeführt und lesbar; X-Internal nicht.</translation>
    </message>
    <message>
        <source>Two Access-Control-Allow-Origin lines</source>
        <translation>Zwei Access-Control-Allow-Origin-Zeilen</translation>
    </message>
    <message>
        <source>Two layers (say the app and a proxy) each added Access-Control-Allow-Origin. The browser combines them into one value with two origins and refuses it. Fix: add the header in one place only.</source>
        <translation>Zwei Schichten (etwa die App und ein Proxy) haben jeweils Access-Control-Allow-Origin hinzugefügt. Der Browser fasst sie zu einem Wert mit zwei Ursprüngen zusammen und lehnt ihn ab. Lösung: den Header nur an einer Stelle hinzufügen.</translation>
    </message>
    <message>
        <source>JSON POST against Starlette&apos;s defaults</source>
        <translation>JSON-POST gegen Starlettes Standardwerte</translation>
    </message>
    <message>
        <source>Content-Type: application/json is not safelisted, so even a POST needs a preflight; Starlette&apos;s default allow_methods is only GET, so it answers the preflight with 400. Fix: add POST to allow_methods.</source>
        <translation>Content-Type: application/json steht nicht auf der Safelist, daher braucht selbst ein POST einen Preflight; Starlettes Standardwert für allow_methods ist nur GET, also beantwortet es den Preflight mit 400. Lösung: POST zu allow_methods hinzufügen.</translation>
    </message>
    <message>
        <source>Express answers the preflight 204, the browser still blocks</source>
        <translation>Express beantwortet den Preflight mit 204, der Browser blockiert trotzdem</translation>
    </message>
    <message>
        <source>Express&apos;s cors never refuses a preflight: it answers every OPTIONS with 204 and simply leaves Access-Control-Allow-Origin out when the origin is not in its list. The Network panel shows a green 204, the console shows a CORS error. Fix: add http://localhost:3000 to origin.</source>
        <translation>Die cors-Middleware von Express lehnt nie einen Preflight ab: Sie beantwortet jedes OPTIONS mit 204 und lässt Access-Control-Allow-Origin einfach weg, wenn der Ursprung nicht in ihrer Liste steht. Der Netzwerk-Tab zeigt ein grünes 204, die Konsole einen CORS-Fehler. Lösung: http://localhost:3000 zu origin hinzufügen.</translation>
    </message>
    <message>
        <source>Express sends its one origin to everyone</source>
        <translation>Express sendet seinen einen Ursprung an alle</translation>
    </message>
    <message>
        <source>With origin set to one string, Express&apos;s cors sends that string to every page, matched or not. The page at http://localhost:3000 gets Access-Control-Allow-Origin: http://localhost:5173, and the browser compares and blocks. Fix: origin: [&apos;http://localhost:3000&apos;, &apos;http://localhost:5173&apos;], a list, which cors checks.</source>
        <translation>Ist origin ein einzelner String, sendet die cors-Middleware von Express diesen String an jede Seite, ob passend oder nicht. Die Seite auf http://localhost:3000 erhält Access-Control-Allow-Origin: http://localhost:5173, und der Browser vergleicht und blockiert. Lösung: origin: [&apos;http://localhost:3000&apos;, &apos;http://localhost:5173&apos;], eine Liste, die cors prüft.</translation>
    </message>
    <message>
        <source>Flask-CORS&apos;s defaults let any site read with cookies</source>
        <translation>Die Standardwerte von Flask-CORS lassen jede Website mit Cookies lesen</translation>
    </message>
    <message>
        <source>CORS(app, supports_credentials=True) keeps origins=&apos;*&apos;, and Flask-CORS answers &apos;*&apos; by echoing the request&apos;s origin, so every website, even https://evil.example, may read the answer with the user&apos;s cookies. Fix: list your front end in origins.</source>
        <translation>CORS(app, supports_credentials=True) behält origins=&apos;*&apos; bei, und Flask-CORS setzt &apos;*&apos; um, indem es den Ursprung der Anfrage zurückspiegelt; so darf jede Website, selbst https://evil.example, die Antwort mit den Cookies des Benutzers lesen. Lösung: Ihr Frontend in origins aufführen.</translation>
    </message>
    <message>
        <source>django-cors-headers&apos; regex lets a look-alike origin in</source>
        <translation>Die Regex von django-cors-headers lässt einen ähnlich aussehenden Ursprung herein</translation>
    </message>
    <message>
        <source>CORS_ALLOWED_ORIGIN_REGEXES are tried with re.match, which only anchors the start: ^https://\w+\.example\.com also matches https://a.example.com.evil.net, a site anyone can register. Fix: end the pattern with $.</source>
        <translation>CORS_ALLOWED_ORIGIN_REGEXES werden mit re.match geprüft, das nur den Anfang verankert: ^https://\w+\.example\.com passt auch auf https://a.example.com.evil.net, eine Website, die jeder registrieren kann. Lösung: das Muster mit $ beenden.</translation>
    </message>
    <message>
        <source>Allow all plus credentials: four libraries, four answers</source>
        <translation>Alles erlauben plus Anmeldedaten: vier Bibliotheken, vier Antworten</translation>
    </message>
    <message>
        <source>Express&apos;s cors with origin &apos;*&apos; and credentials: true sends Access-Control-Allow-Origin: * with credentials, which the browser refuses. Open Compare frameworks: Starlette sends * too unless a cookie is sent, while Flask-CORS and django-cors-headers echo the origin and let any site in. Fix: list the origins that may send credentials.</source>
        <translation>Die cors-Middleware von Express mit origin &apos;*&apos; und credentials: true sendet Access-Control-Allow-Origin: * zusammen mit Anmeldedaten, was der Browser ablehnt. Öffnen Sie „Frameworks vergleichen“: Starlette sendet ebenfalls *, sofern kein Cookie gesendet wird, während Flask-CORS und django-cors-headers den Ursprung zurückspiegeln und jede Website hereinlassen. Lösung: die Ursprünge aufführen, die Anmeldedaten senden dürfen.</translation>
    </message>
    <message>
        <source>A font from a CDN is blocked</source>
        <translation>Eine Schrift von einem CDN wird blockiert</translation>
    </message>
    <message>
        <source>@font-face always fetches with CORS, however the stylesheet is written: an image or a script from the same CDN would load, the font does not. The console says &quot;Access to font at ...&quot;. Fonts are fetched without cookies, so Access-Control-Allow-Origin: * is enough. Fix: list the page&apos;s origin in allow_origins, or allow *.</source>
        <translation>@font-face lädt immer mit CORS, wie auch immer das Stylesheet geschrieben ist: Ein Bild oder ein Skript vom selben CDN würde laden, die Schrift nicht. Die Konsole sagt „Access to font at ...“. Schriften werden ohne Cookies geladen, also genügt Access-Control-Allow-Origin: *. Lösung: den Origin der Seite in allow_origins aufnehmen oder * erlauben.</translation>
    </message>
    <message>
        <source>axios with withCredentials and Access-Control-Allow-Origin: *</source>
        <translation>axios mit withCredentials und Access-Control-Allow-Origin: *</translation>
    </message>
    <message>
        <source>axios sends XMLHttpRequest, so the console says &quot;Access to XMLHttpRequest at ...&quot;, and withCredentials: true sends cookies. Express&apos;s cors() answers Access-Control-Allow-Origin: *, which the browser never accepts with credentials; the message adds that XMLHttpRequest&apos;s credentials mode is controlled by withCredentials. Fix: origin: &apos;http://localhost:3000&apos; with credentials: true, or drop withCredentials when no cookie is needed.</source>
        <translation>axios sendet XMLHttpRequest, daher sagt die Konsole „Access to XMLHttpRequest at ...“, und withCredentials: true sendet Cookies. Express&apos; cors() antwortet mit Access-Control-Allow-Origin: *, was der Browser mit Credentials nie akzeptiert; die Meldung fügt hinzu, dass der Credentials-Modus von XMLHttpRequest über withCredentials gesteuert wird. Lösung: origin: &apos;http://localhost:3000&apos; mit credentials: true, oder withCredentials weglassen, wenn kein Cookie nötig ist.</translation>
    </message>
    <message>
        <source>An image loads but taints the canvas</source>
        <translation>Ein Bild lädt, verunreinigt aber das Canvas</translation>
    </message>
    <message>
        <source>Without a crossorigin attribute, &lt;img&gt; loads without CORS: the picture shows and the console stays quiet, but the response is opaque, so a canvas it is drawn on is tainted and toDataURL() throws &quot;Tainted canvases may not be exported.&quot; Choose crossorigin=&quot;anonymous&quot; and send again: now CORS applies and this server sends no Access-Control-Allow-Origin. Fix: add crossorigin=&quot;anonymous&quot; and list the page&apos;s origin in allow_origins.</source>
        <translation>Ohne crossorigin-Attribut lädt &lt;img&gt; ohne CORS: Das Bild erscheint und die Konsole bleibt still, aber die Antwort ist opak, also wird ein Canvas, auf das es gezeichnet wird, verunreinigt und toDataURL() wirft „Tainted canvases may not be exported.“ Wählen Sie crossorigin=&quot;anonymous&quot; und senden Sie erneut: Jetzt gilt CORS und dieser Server sendet kein Access-Control-Allow-Origin. Lösung: crossorigin=&quot;anonymous&quot; hinzufügen und den Origin der Seite in allow_origins aufnehmen.</translation>
    </message>
    <message>
        <source>An upload progress bar forces a preflight</source>
        <translation>Ein Upload-Fortschrittsbalken erzwingt einen Preflight</translation>
    </message>
    <message>
        <source>A POST with a text body is a simple request and needs no preflight, until the page registers xhr.upload.onprogress (an upload progress bar, axios&apos; onUploadProgress): then the browser asks first. Starlette&apos;s allow_methods is GET alone by default, so the preflight gets 400 &quot;Disallowed CORS method&quot;. Untick Upload listener and it passes. Fix: allow_methods=[&quot;GET&quot;, &quot;POST&quot;].</source>
        <translation>Ein POST mit Text-Body ist eine einfache Anfrage und braucht keinen Preflight, bis die Seite xhr.upload.onprogress registriert (ein Upload-Fortschrittsbalken, axios&apos; onUploadProgress): Dann fragt der Browser zuerst. Starlettes allow_methods ist standardmäßig nur GET, also erhält der Preflight 400 „Disallowed CORS method“. Ohne Upload-Listener geht sie durch. Lösung: allow_methods=[&quot;GET&quot;, &quot;POST&quot;].</translation>
    </message>
    <message>
        <source>A public site calls your localhost API</source>
        <translation>Eine öffentliche Website ruft Ihre localhost-API auf</translation>
    </message>
    <message>
        <source>The deployed front end at https://app.example.com calls the API running on this machine. The CORS policy allows the origin (and the real-browser demo page&apos;s, http://localhost:8001), but since Chromium 142 a public page needs the user&apos;s permission to reach a more private address space (Local Network Access): Chromium asks, sends nothing while it asks, not even a preflight, and a dismissal or a refusal ends as a CORS error. Set Permission to granted and the request goes ahead, with CORS as usual. Access-Control-Allow-Private-Network changes nothing: Chromium 156 no longer sends that preflight. Fix: have the user allow it, or serve the page where the API is (localhost in development).</source>
        <translation>Das veröffentlichte Frontend auf https://app.example.com ruft die API auf, die auf diesem Rechner läuft. Die CORS-Richtlinie erlaubt den Ursprung (und den der Demo-Seite im echten Browser, http://localhost:8001), aber seit Chromium 142 braucht eine öffentliche Seite die Berechtigung des Benutzers, um einen privateren Adressraum zu erreichen (Local Network Access): Chromium fragt, sendet nichts, solange es fragt, nicht einmal einen Preflight, und ein Schließen oder Ablehnen der Abfrage endet als CORS-Fehler. Stellen Sie „Berechtigung“ auf „erteilt“, und die Anfrage geht durch, mit CORS wie gewohnt. Access-Control-Allow-Private-Network ändert nichts: Chromium 156 sendet diesen Preflight nicht mehr. Lösung: den Benutzer zustimmen lassen oder die Seite dort ausliefern, wo die API ist (in der Entwicklung localhost).</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>id, title and lesson are required</source>
        <translation>id, title und lesson sind erforderlich</translation>
    </message>
    <message>
        <source>request: unknown credentials or mode</source>
        <translation>request: unbekannte credentials oder unbekannter mode</translation>
    </message>
    <message>
        <source>expected.verdict must be &quot;allowed&quot; or &quot;blocked&quot;</source>
        <translation>expected.verdict muss &quot;allowed&quot; oder &quot;blocked&quot; sein</translation>
    </message>
    <message>
        <source>request: unknown initiator or crossorigin</source>
        <translation>request: unbekannter initiator oder crossorigin</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>preflight taken from the cache: no OPTIONS sent</source>
        <translation>Preflight aus dem Cache: kein OPTIONS gesendet</translation>
    </message>
    <message>
        <source> (preflight)</source>
        <translation> (Preflight)</translation>
    </message>
    <message>
        <source> (redirected)</source>
        <translation> (weitergeleitet)</translation>
    </message>
    <message>
        <source>ALLOWED: JavaScript gets the response</source>
        <translation>ERLAUBT: JavaScript erhält die Antwort</translation>
    </message>
    <message>
        <source>BLOCKED: %1</source>
        <translation>BLOCKIERT: %1</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Send a request to draw its exchange.</source>
        <translation>Eine Anfrage senden, um ihren Ablauf zu zeichnen.</translation>
    </message>
    <message>
        <source>  (check FAILED)</source>
        <translation>  (Prüfung FEHLGESCHLAGEN)</translation>
    </message>
    <message>
        <source>Local Network Access: %1</source>
        <translation>Local Network Access: %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the CORS server without a window. It answers any method on any path as the policy says. Stop it with Ctrl+C.</source>
        <translation>Den CORS-Server ohne Fenster ausführen. Er beantwortet jede Methode auf jedem Pfad so, wie die Richtlinie es vorgibt. Mit Ctrl+C beenden.</translation>
    </message>
    <message>
        <source>Policy JSON file (default: Starlette&apos;s defaults).</source>
        <translation>Richtlinien-JSON-Datei (Standard: Starlettes Standardwerte).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one (default: 8000).</source>
        <translation>TCP-Port; 0 wählt einen freien (Standard: 8000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1, this machine only).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1, nur dieser Rechner).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>Do not print a line for each request.</source>
        <translation>Keine Zeile pro Anfrage ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535)</source>
        <translation>--port: &quot;%1&quot; ist keine Portnummer (0 bis 65535)</translation>
    </message>
    <message>
        <source>--bind: &quot;%1&quot; is not an IP address, such as 127.0.0.1 or ::1</source>
        <translation>--bind: &quot;%1&quot; ist keine IP-Adresse wie 127.0.0.1 oder ::1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>How many requests the request log keeps (default 1000).</source>
        <translation>Wie viele Anfragen das Anfrageprotokoll behält (Standard 1000).</translation>
    </message>
    <message>
        <source>--log-capacity: &quot;%1&quot; is not a whole number of requests, 1 or more</source>
        <translation>--log-capacity: &quot;%1&quot; ist keine ganze Zahl von Anfragen, 1 oder mehr</translation>
    </message>
    <message>
        <source>Server threads (default: one per processor core, here %1).</source>
        <translation>Server-Threads (Standard: einer pro Prozessorkern, hier %1).</translation>
    </message>
    <message>
        <source>--threads: &quot;%1&quot; is not a number of threads from 1 to 64</source>
        <translation>--threads: &quot;%1&quot; ist keine Anzahl von Threads von 1 bis 64</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Where the playground server listens. Only this machine can reach it (127.0.0.1).</source>
        <translation>Wo der Playground-Server lauscht. Nur dieser Rechner kann ihn erreichen (127.0.0.1).</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start or stop the server (Ctrl+R restarts it on the chosen port)</source>
        <translation>Server starten oder stoppen (Ctrl+R startet ihn auf dem gewählten Port neu)</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>Server starten oder stoppen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Server mode</source>
        <translation>Servermodus</translation>
    </message>
    <message>
        <source>Manual responses</source>
        <translation>Manuelle Antworten</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>Richtlinie ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Listening on &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Lauscht auf &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Whether the server runs this policy</source>
        <translation>Ob der Server diese Richtlinie ausführt</translation>
    </message>
    <message>
        <source>Policy state</source>
        <translation>Stand der Richtlinie</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Show the policy the server runs again, forgetting the edits that are not applied</source>
        <translation>Wieder die Richtlinie zeigen, die der Server ausführt, und nicht angewendete Änderungen verwerfen</translation>
    </message>
    <message>
        <source>TCP port for the server; 0 picks a free one. Press Enter to move a running server to it.</source>
        <translation>TCP-Port des Servers; 0 wählt einen freien. Enter verlegt einen laufenden Server dorthin.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>✔ Applied: the server runs what this pane shows.</source>
        <translation>✔ Angewendet: Der Server führt aus, was dieser Bereich zeigt.</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>%1 (waiting for the invalid fields)</source>
        <translation>%1 (wartet auf die ungültigen Felder)</translation>
    </message>
    <message>
        <source>%1 (press Enter to apply)</source>
        <translation>%1 (Enter zum Anwenden)</translation>
    </message>
    <message>
        <source>⚠ Not applied: %1. The server still runs the last applied policy.</source>
        <translation>⚠ Nicht angewendet: %1. Der Server führt weiter die zuletzt angewendete Richtlinie aus.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The server could not start on this port: %1</source>
        <translation>Der Server konnte auf diesem Port nicht starten: %1</translation>
    </message>
    <message>
        <source>Still on port %1: port %2 could not be used: %3</source>
        <translation>Weiter auf Port %1: Port %2 war nicht nutzbar: %3</translation>
    </message>
    <message>
        <source>Library middleware: answer exactly as the chosen library (Starlette/FastAPI, Express&apos;s cors, Flask-CORS or django-cors-headers) does with the options below. Manual: send any status and header lines, to reproduce a misconfiguration.</source>
        <translation>Bibliotheks-Middleware: genau so antworten, wie es die gewählte Bibliothek (Starlette/FastAPI, Express mit cors, Flask-CORS oder django-cors-headers) mit den Optionen unten tut. Manuell: beliebigen Status und beliebige Header-Zeilen senden, um eine Fehlkonfiguration nachzustellen.</translation>
    </message>
    <message>
        <source>Library middleware</source>
        <translation>Bibliotheks-Middleware</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;liothek</translation>
    </message>
    <message>
        <source>Which server library answers, configured with its own option names: each answers the same intent differently (Express&apos;s cors never refuses a preflight, Flask-CORS reflects any origin by default, django-cors-headers matches origin regexes by prefix). Switching carries the options over where the other library can say the same.</source>
        <translation>Welche Server-Bibliothek antwortet, konfiguriert mit ihren eigenen Optionsnamen: Jede setzt dieselbe Absicht anders um (die cors-Middleware von Express lehnt nie einen Preflight ab, Flask-CORS spiegelt standardmäßig jeden Ursprung zurück, django-cors-headers prüft Ursprungs-Regexes als Präfix). Beim Wechsel werden die Optionen übernommen, soweit die andere Bibliothek dasselbe ausdrücken kann.</translation>
    </message>
    <message>
        <source>Server library</source>
        <translation>Server-Bibliothek</translation>
    </message>
    <message>
        <source>The %1 options were carried over.</source>
        <translation>Die Optionen von %1 wurden übernommen.</translation>
    </message>
    <message>
        <source>The %1 options were carried over, except: %2. Check these in the new form.</source>
        <translation>Die Optionen von %1 wurden übernommen, außer: %2. Prüfen Sie diese im neuen Formular.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>needed because %1</source>
        <translation>nötig, denn %1</translation>
    </message>
    <message>
        <source>taken from the preflight cache, not sent again</source>
        <translation>aus dem Preflight-Cache übernommen, nicht erneut gesendet</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Actual request</source>
        <translation>Eigentliche Anfrage</translation>
    </message>
    <message>
        <source>ALLOWED (response type %1)</source>
        <translation>ERLAUBT (Antworttyp %1)</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOCKIERT</translation>
    </message>
    <message>
        <source>Chromium: %1</source>
        <translation>Chromium: %1</translation>
    </message>
    <message>
        <source>Firefox:  %1</source>
        <translation>Firefox:  %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
</context>
</TS>
