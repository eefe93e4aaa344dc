<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BrowserSimulator</name>
    <message>
        <source>With credentials: &apos;include&apos; the browser sends the cookies it holds for the site; none were given, so no Cookie line.</source>
        <translation>Avec credentials: &apos;include&apos;, le navigateur envoie les cookies qu&apos;il détient pour le site ; aucun n&apos;a été fourni, donc pas de ligne Cookie.</translation>
    </message>
    <message>
        <source>%1 came in %2 lines; the browser reads them combined as &quot;%3&quot;.</source>
        <translation>%1 est arrivé en %2 lignes ; le navigateur les lit combinées en &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>must allow the method %1</source>
        <translation>doit autoriser la méthode %1</translation>
    </message>
    <message>
        <source>Only &quot;*&quot; in Access-Control-Allow-Headers allowed Authorization. Chromium accepts that; the Fetch standard and Firefox do not, so list Authorization by name.</source>
        <translation>Seul le &quot;*&quot; de Access-Control-Allow-Headers a autorisé Authorization. Chromium l&apos;accepte ; le standard Fetch et Firefox non, donc indiquez Authorization par son nom.</translation>
    </message>
    <message>
        <source>must allow %1</source>
        <translation>doit autoriser %1</translation>
    </message>
    <message>
        <source>The redirect went to %1.</source>
        <translation>La redirection menait à %1.</translation>
    </message>
    <message>
        <source>Redirected (%1) to %2.</source>
        <translation>Redirigée (%1) vers %2.</translation>
    </message>
    <message>
        <source>Same origin: the page %1 and the URL share scheme, host and port, so CORS does not apply and the page may read everything.</source>
        <translation>Même origine : la page %1 et l&apos;URL ont le même schéma, hôte et port, donc CORS ne s&apos;applique pas et la page peut tout lire.</translation>
    </message>
    <message>
        <source>no-cors mode: the request was sent, but the response is opaque. JavaScript sees status 0, no headers and no body, and no CORS error is reported.</source>
        <translation>Mode no-cors : la requête a été envoyée, mais la réponse est opaque. JavaScript voit le statut 0, aucun en-tête ni corps, et aucune erreur CORS n&apos;est signalée.</translation>
    </message>
    <message>
        <source>Allowed: Access-Control-Allow-Origin names %1 and Access-Control-Allow-Credentials is true.</source>
        <translation>Autorisée : Access-Control-Allow-Origin indique %1 et Access-Control-Allow-Credentials vaut true.</translation>
    </message>
    <message>
        <source>Allowed: Access-Control-Allow-Origin allows %1.</source>
        <translation>Autorisée : Access-Control-Allow-Origin autorise %1.</translation>
    </message>
    <message>
        <source>The preflight came from the browser&apos;s preflight cache.</source>
        <translation>Le preflight provenait du cache de preflight du navigateur.</translation>
    </message>
    <message>
        <source>A preflight was needed (%1) and it allowed the request.</source>
        <translation>Un preflight était nécessaire (%1) et il a autorisé la requête.</translation>
    </message>
    <message>
        <source>JavaScript can read these response headers: %1.</source>
        <translation>JavaScript peut lire ces en-têtes de réponse : %1.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Private-Network has no effect: Chromium 156 sends no Private Network Access preflight, and Local Network Access asks the user instead.</source>
        <translation>Access-Control-Allow-Private-Network n&apos;a aucun effet : Chromium 156 n&apos;envoie plus de preflight Private Network Access, et Local Network Access demande à l&apos;utilisateur à la place.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--origin is required: the origin of the page that calls fetch(), e.g. http://localhost:5173</source>
        <translation>--origin est obligatoire : l&apos;origine de la page qui appelle fetch(), p. ex. http://localhost:5173</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not an origin a page can have.</source>
        <translation>&quot;*&quot; n&apos;est pas une origine possible pour une page.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a method.</source>
        <translation>&quot;*&quot; n&apos;est pas une méthode.</translation>
    </message>
    <message>
        <source>--header: &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>--header : &quot;%1&quot; n&apos;est pas de la forme &quot;Nom: valeur&quot;.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a header name.</source>
        <translation>&quot;*&quot; n&apos;est pas un nom d&apos;en-tête.</translation>
    </message>
    <message>
        <source>--credentials: &quot;%1&quot; is not omit, same-origin or include.</source>
        <translation>--credentials : &quot;%1&quot; n&apos;est ni omit, ni same-origin, ni include.</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not cors or no-cors.</source>
        <translation>--mode : &quot;%1&quot; n&apos;est ni cors ni no-cors.</translation>
    </message>
    <message>
        <source>Policy JSON file to serve (default: Starlette&apos;s defaults).</source>
        <translation>Fichier JSON de politique à servir (par défaut : les valeurs par défaut de Starlette).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Origin of the calling page (required).</source>
        <translation>Origine de la page appelante (obligatoire).</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>Method as written in fetch() (default GET).</source>
        <translation>Méthode telle qu&apos;écrite dans fetch() (GET par défaut).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Path on the served policy&apos;s server (default /api/data).</source>
        <translation>Chemin sur le serveur de la politique servie (/api/data par défaut).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request header, repeatable.</source>
        <translation>En-tête de requête, répétable.</translation>
    </message>
    <message>
        <source>&apos;Name: value&apos;</source>
        <translation>&apos;Nom: valeur&apos;</translation>
    </message>
    <message>
        <source>Request body (a string).</source>
        <translation>Corps de la requête (une chaîne).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Cookies the browser holds for the target, sent when credentials allow.</source>
        <translation>Cookies que le navigateur détient pour la cible, envoyés si le mode credentials le permet.</translation>
    </message>
    <message>
        <source>&apos;name=value; ...&apos;</source>
        <translation>&apos;nom=valeur; ...&apos;</translation>
    </message>
    <message>
        <source>omit, same-origin (default) or include.</source>
        <translation>omit, same-origin (par défaut) ou include.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the trace.</source>
        <translation>Afficher un seul objet JSON au lieu de la trace.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--url checks a live server: leave out --policy and --path.</source>
        <translation>--url vérifie un serveur réel : omettez --policy et --path.</translation>
    </message>
    <message>
        <source>--path: &quot;%1&quot; must start with /.</source>
        <translation>--path : &quot;%1&quot; doit commencer par /.</translation>
    </message>
    <message>
        <source>Also write the exchanges as an HTTP Archive (HAR 1.2).</source>
        <translation>Écrire aussi les échanges dans une archive HTTP (HAR 1.2).</translation>
    </message>
    <message>
        <source>--har: cannot write %1: %2</source>
        <translation>--har : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Check this live http(s):// URL instead of serving a policy.</source>
        <translation>Vérifier cette URL http(s):// en service au lieu de servir une politique.</translation>
    </message>
    <message>
        <source>--url: &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>--url : &quot;%1&quot; n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>only elements have a crossorigin attribute and only XMLHttpRequest an upload listener.</source>
        <translation>seuls les éléments ont un attribut crossorigin et seul XMLHttpRequest un écouteur d’envoi.</translation>
    </message>
    <message>
        <source>XMLHttpRequest has no mode (it is always CORS) and no crossorigin attribute; --credentials include means withCredentials = true.</source>
        <translation>XMLHttpRequest n’a pas de mode (c’est toujours CORS) ni d’attribut crossorigin ; --credentials include signifie withCredentials = true.</translation>
    </message>
    <message>
        <source>@font-face always loads with GET, CORS and same-origin credentials.</source>
        <translation>@font-face charge toujours avec GET, CORS et les identifiants same-origin.</translation>
    </message>
    <message>
        <source>an element always loads with GET and the browser&apos;s own headers; its crossorigin attribute sets the mode and credentials.</source>
        <translation>un élément charge toujours avec GET et les en-têtes propres au navigateur ; son attribut crossorigin fixe le mode et les identifiants.</translation>
    </message>
    <message>
        <source>--initiator: &quot;%1&quot; is not one of %2.</source>
        <translation>--initiator : « %1 » n’est pas l’un de %2.</translation>
    </message>
    <message>
        <source>--initiator %1 does not take %2: %3</source>
        <translation>--initiator %1 n’accepte pas %2 : %3</translation>
    </message>
    <message>
        <source>--credentials omit: XMLHttpRequest has only withCredentials, false (same-origin, the default) or true (include).</source>
        <translation>--credentials omit : XMLHttpRequest n’a que withCredentials, false (same-origin, par défaut) ou true (include).</translation>
    </message>
    <message>
        <source>--crossorigin: &quot;%1&quot; is not anonymous or use-credentials (leave the option out for an element without the attribute).</source>
        <translation>--crossorigin : « %1 » n’est ni anonymous ni use-credentials (omettez l’option pour un élément sans l’attribut).</translation>
    </message>
    <message>
        <source>Do what a browser does for one request (fetch(), XMLHttpRequest, a font or an element) and say whether CORS allows it. Without --url the policy is served on a free loopback port for the check.</source>
        <translation>Fait ce que fait un navigateur pour une requête (fetch(), XMLHttpRequest, une police ou un élément) et dit si CORS l’autorise. Sans --url, la politique est servie sur un port loopback libre pour la vérification.</translation>
    </message>
    <message>
        <source>cors (default) or no-cors (fetch only).</source>
        <translation>cors (par défaut) ou no-cors (fetch seulement).</translation>
    </message>
    <message>
        <source>What sends the request: fetch (default), xhr, font, image, script, module-script or stylesheet.</source>
        <translation>Ce qui envoie la requête : fetch (par défaut), xhr, font, image, script, module-script ou stylesheet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>An element&apos;s crossorigin attribute: anonymous or use-credentials; left out, the element has none.</source>
        <translation>L’attribut crossorigin d’un élément : anonymous ou use-credentials ; omis, l’élément n’en a pas.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>XMLHttpRequest: register an upload listener before send().</source>
        <translation>XMLHttpRequest : enregistrer un écouteur d’envoi avant send().</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not public, local or loopback.</source>
        <translation>--%1 : &quot;%2&quot; n&apos;est ni public, ni local, ni loopback.</translation>
    </message>
    <message>
        <source>--target-address-space: only fetch() has the targetAddressSpace option.</source>
        <translation>--target-address-space : seul fetch() a l&apos;option targetAddressSpace.</translation>
    </message>
    <message>
        <source>--local-network-permission: &quot;%1&quot; is not prompt, granted or denied.</source>
        <translation>--local-network-permission : &quot;%1&quot; n&apos;est ni prompt, ni granted, ni denied.</translation>
    </message>
    <message>
        <source>Local Network Access: the page&apos;s address space, public, local or loopback (default: from the origin&apos;s host).</source>
        <translation>Local Network Access : l&apos;espace d&apos;adressage de la page, public, local ou loopback (par défaut : d&apos;après l&apos;hôte de l&apos;origine).</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>ESPACE</translation>
    </message>
    <message>
        <source>The server&apos;s address space (default: the page&apos;s for the served policy; for --url, the space of the address its host resolves to).</source>
        <translation>L&apos;espace d&apos;adressage du serveur (par défaut : celui de la page pour la politique servie ; avec --url, l&apos;espace de l&apos;adresse vers laquelle son hôte se résout).</translation>
    </message>
    <message>
        <source>What the user answered to Chromium&apos;s local-network prompt: prompt (not yet: Chromium asks, and the verdict is what follows a dismissal), granted or denied.</source>
        <translation>Ce que l&apos;utilisateur a répondu à la demande local-network de Chromium : prompt (pas encore : Chromium demande, et le verdict est celui qui suit une fermeture sans réponse), granted ou denied.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>RÉPONSE</translation>
    </message>
    <message>
        <source>fetch()&apos;s targetAddressSpace option.</source>
        <translation>L&apos;option targetAddressSpace de fetch().</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: serve, check, export</source>
        <translation>commande inconnue &quot;%1&quot; ; les commandes sont : serve, check, export</translation>
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
        <translation>Voir ce que fait un navigateur avec CORS, en direct.

Commandes :
  (aucune) ouvrir l&apos;application
  serve    lancer le serveur CORS sans fenêtre
  check    faire ce que fait un navigateur pour un fetch() et donner le verdict
  export   afficher la politique en code FastAPI, Flask, Express ou nginx
  diagnose lire une erreur CORS de la console : pourquoi, la correction, une reproduction

&apos;cors-playground COMMANDE --help&apos; donne les options d&apos;une commande.
Sans commande, les options ci-dessous (sauf l&apos;aide et la version) règlent l&apos;application.</translation>
    </message>
    <message>
        <source>serve, check, export or diagnose, or nothing to open the app.</source>
        <translation>serve, check, export ou diagnose, ou rien pour ouvrir l&apos;application.</translation>
    </message>
</context>
<context>
    <name>CorsChecks</name>
    <message>
        <source>&quot;*&quot; is not accepted when the request includes credentials</source>
        <translation>&quot;*&quot; n&apos;est pas accepté quand la requête inclut des identifiants</translation>
    </message>
    <message>
        <source>&quot;*&quot; allows every origin (the request has no credentials)</source>
        <translation>&quot;*&quot; autorise toutes les origines (la requête n&apos;a pas d&apos;identifiants)</translation>
    </message>
    <message>
        <source>must be present</source>
        <translation>doit être présent</translation>
    </message>
    <message>
        <source>must be exactly the page&apos;s origin %1 (or &quot;*&quot;)</source>
        <translation>doit être exactement l&apos;origine de la page %1 (ou &quot;*&quot;)</translation>
    </message>
    <message>
        <source>equals the page&apos;s origin %1</source>
        <translation>égale l&apos;origine de la page %1</translation>
    </message>
    <message>
        <source>must be exactly &quot;true&quot; when the request includes credentials</source>
        <translation>doit valoir exactement &quot;true&quot; quand la requête inclut des identifiants</translation>
    </message>
    <message>
        <source>a preflight must not be redirected</source>
        <translation>un preflight ne doit pas être redirigé</translation>
    </message>
    <message>
        <source>a preflight must be answered with a 2xx status (got %1)</source>
        <translation>un preflight doit recevoir un statut 2xx (reçu : %1)</translation>
    </message>
    <message>
        <source>must be a comma-separated list of methods</source>
        <translation>doit être une liste de méthodes séparées par des virgules</translation>
    </message>
    <message>
        <source>must be a comma-separated list of header names</source>
        <translation>doit être une liste de noms d&apos;en-têtes séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>CorsExplanation</name>
    <message>
        <source>The value has a trailing slash; an origin never has one.</source>
        <translation>La valeur se termine par une barre oblique ; une origine n&apos;en a jamais.</translation>
    </message>
    <message>
        <source>The value differs only in upper/lower case; origins are compared exactly.</source>
        <translation>La valeur ne diffère que par la casse ; les origines sont comparées à l&apos;identique.</translation>
    </message>
    <message>
        <source>The port differs; the port is part of the origin.</source>
        <translation>Le port diffère ; le port fait partie de l&apos;origine.</translation>
    </message>
    <message>
        <source>The scheme differs (http and https are different origins).</source>
        <translation>Le schéma diffère (http et https sont des origines différentes).</translation>
    </message>
    <message>
        <source>Origins must match exactly: scheme, host and port.</source>
        <translation>Les origines doivent correspondre exactement : schéma, hôte et port.</translation>
    </message>
    <message>
        <source>Fix: send exactly one line &quot;Access-Control-Allow-Origin: %1&quot; (in middleware mode, put %1 in allow_origins).</source>
        <translation>Solution : envoyez une seule ligne &quot;Access-Control-Allow-Origin: %1&quot; (en mode middleware, mettez %1 dans allow_origins).</translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) response</source>
        <translation>La réponse au preflight (OPTIONS)</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>%1 has no Access-Control-Allow-Origin header, so the browser keeps it from the page at %2. </source>
        <translation>%1 n&apos;a pas d&apos;en-tête Access-Control-Allow-Origin, donc le navigateur ne la transmet pas à la page de %2. </translation>
    </message>
    <message>
        <source>%1 allows any origin with &quot;*&quot;, but the request carries credentials (credentials: &apos;include&apos;), and with credentials the wildcard is never accepted. Fix: answer with the exact origin, &quot;Access-Control-Allow-Origin: %2&quot;, plus &quot;Access-Control-Allow-Credentials: true&quot;; or send the request without credentials.</source>
        <translation>%1 autorise toute origine avec &quot;*&quot;, mais la requête porte des identifiants (credentials: &apos;include&apos;), et avec des identifiants le joker n&apos;est jamais accepté. Solution : répondez avec l&apos;origine exacte, &quot;Access-Control-Allow-Origin: %2&quot;, plus &quot;Access-Control-Allow-Credentials: true&quot; ; ou envoyez la requête sans identifiants.</translation>
    </message>
    <message>
        <source>%1 gives Access-Control-Allow-Origin as &quot;%2&quot;: two header lines, or a list. Browsers accept exactly one origin. A server that allows several origins must pick the one that asked, per request. </source>
        <translation>%1 donne Access-Control-Allow-Origin sous la forme &quot;%2&quot; : deux lignes d&apos;en-tête, ou une liste. Les navigateurs n&apos;acceptent qu&apos;une seule origine. Un serveur qui autorise plusieurs origines doit renvoyer celle qui a fait la demande, à chaque requête. </translation>
    </message>
    <message>
        <source>%1 gives Access-Control-Allow-Origin as &quot;%2&quot;, which is not an origin. </source>
        <translation>%1 donne Access-Control-Allow-Origin sous la forme &quot;%2&quot;, qui n&apos;est pas une origine. </translation>
    </message>
    <message>
        <source>%1 allows the origin &quot;%2&quot;, but the page&apos;s origin is &quot;%3&quot;. %4 </source>
        <translation>%1 autorise l&apos;origine &quot;%2&quot;, mais l&apos;origine de la page est &quot;%3&quot;. %4 </translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was answered with status %1, and a preflight must get a 2xx status. Fix: answer OPTIONS with 200 or 204 and the CORS headers. Often OPTIONS has no route, or an authentication check runs before CORS.</source>
        <translation>Le preflight (OPTIONS) a reçu le statut %1, or un preflight doit obtenir un statut 2xx. Solution : répondez à OPTIONS avec 200 ou 204 et les en-têtes CORS. Souvent, OPTIONS n&apos;a pas de route, ou une vérification d&apos;authentification passe avant CORS.</translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was answered with a redirect, and browsers never follow redirects for a preflight. Fix: call the final URL directly (a missing trailing slash or http-to-https redirect is the usual cause), or answer OPTIONS without redirecting.</source>
        <translation>Le preflight (OPTIONS) a reçu une redirection, or les navigateurs ne suivent jamais de redirection pour un preflight. Solution : appelez directement l&apos;URL finale (une barre oblique finale manquante ou une redirection de http vers https en est la cause habituelle), ou répondez à OPTIONS sans rediriger.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods on the preflight response is not a comma-separated list of method names, so the browser cannot read it. Fix: send e.g. &quot;Access-Control-Allow-Methods: GET, PUT, DELETE&quot;.</source>
        <translation>Dans la réponse au preflight, Access-Control-Allow-Methods n&apos;est pas une liste de noms de méthodes séparés par des virgules, donc le navigateur ne peut pas le lire. Solution : envoyez par exemple &quot;Access-Control-Allow-Methods: GET, PUT, DELETE&quot;.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers on the preflight response is not a comma-separated list of header names, so the browser cannot read it. Fix: send e.g. &quot;Access-Control-Allow-Headers: Content-Type, X-API-Key&quot;.</source>
        <translation>Dans la réponse au preflight, Access-Control-Allow-Headers n&apos;est pas une liste de noms d&apos;en-têtes séparés par des virgules, donc le navigateur ne peut pas le lire. Solution : envoyez par exemple &quot;Access-Control-Allow-Headers: Content-Type, X-API-Key&quot;.</translation>
    </message>
    <message>
        <source>The request uses the method %1, which needs permission (only GET, HEAD and POST do not), and the preflight response&apos;s Access-Control-Allow-Methods does not list it. Fix: add %1 to Access-Control-Allow-Methods (allow_methods in middleware mode).</source>
        <translation>La requête utilise la méthode %1, qui nécessite une autorisation (seules GET, HEAD et POST n&apos;en ont pas besoin), et l&apos;en-tête Access-Control-Allow-Methods de la réponse au preflight ne la mentionne pas. Solution : ajoutez %1 à Access-Control-Allow-Methods (allow_methods en mode middleware).</translation>
    </message>
    <message>
        <source>fetch() sends %1 in lower case as written, and the server must list it in exactly that case; writing the method in upper case in the page is simpler.</source>
        <translation>fetch() envoie %1 en minuscules, tel qu&apos;écrit, et le serveur doit l&apos;indiquer exactement avec cette casse ; écrire la méthode en majuscules dans la page est plus simple.</translation>
    </message>
    <message>
        <source>With credentials, &quot;*&quot; does not count as a wildcard.</source>
        <translation>Avec des identifiants, &quot;*&quot; ne compte pas comme joker.</translation>
    </message>
    <message>
        <source>The request sends the header %1, which needs permission, and the preflight response&apos;s Access-Control-Allow-Headers does not list it. Fix: add %1 to Access-Control-Allow-Headers (allow_headers in middleware mode), or stop sending it.</source>
        <translation>La requête envoie l&apos;en-tête %1, qui nécessite une autorisation, et l&apos;en-tête Access-Control-Allow-Headers de la réponse au preflight ne le mentionne pas. Solution : ajoutez %1 à Access-Control-Allow-Headers (allow_headers en mode middleware), ou cessez de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>&quot;*&quot; never covers Authorization: it must be listed by name.</source>
        <translation>&quot;*&quot; ne couvre jamais Authorization : il faut l&apos;indiquer par son nom.</translation>
    </message>
    <message>
        <source>The server redirected to a URL with a user name or password in it; browsers refuse that for cross-origin requests. Fix: redirect to a URL without credentials.</source>
        <translation>Le serveur a redirigé vers une URL contenant un nom d&apos;utilisateur ou un mot de passe ; les navigateurs le refusent pour les requêtes multi-origines. Solution : redirigez vers une URL sans identifiants.</translation>
    </message>
    <message>
        <source>The request&apos;s mode does not allow cross-origin requests.</source>
        <translation>Le mode de la requête n&apos;autorise pas les requêtes multi-origines.</translation>
    </message>
    <message>
        <source>fetch() refused the request before sending anything: %1</source>
        <translation>fetch() a refusé la requête avant d&apos;envoyer quoi que ce soit : %1</translation>
    </message>
    <message>
        <source>The request did not complete (%1). Is the server running, and is the URL right?</source>
        <translation>La requête n&apos;a pas abouti (%1). Le serveur est-il démarré, et l&apos;URL est-elle correcte ?</translation>
    </message>
    <message>
        <source>The response is invalid.</source>
        <translation>La réponse n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The request carries credentials, so the preflight (OPTIONS) response must say &quot;Access-Control-Allow-Credentials: true&quot; (exactly, in lower case); it says &quot;%1&quot;. Fix: send that header (allow_credentials in middleware mode), or send the request without credentials.</source>
        <translation>La requête porte des identifiants, donc la réponse au preflight (OPTIONS) doit dire &quot;Access-Control-Allow-Credentials: true&quot; (exactement, en minuscules) ; elle dit &quot;%1&quot;. Solution : envoyer cet en-tête (allow_credentials en mode middleware), ou envoyer la requête sans identifiants.</translation>
    </message>
    <message>
        <source>The request carries credentials, so the response must say &quot;Access-Control-Allow-Credentials: true&quot; (exactly, in lower case); it says &quot;%1&quot;. Fix: send that header (allow_credentials in middleware mode), or send the request without credentials.</source>
        <translation>La requête porte des identifiants, donc la réponse doit dire &quot;Access-Control-Allow-Credentials: true&quot; (exactement, en minuscules) ; elle dit &quot;%1&quot;. Solution : envoyer cet en-tête (allow_credentials en mode middleware), ou envoyer la requête sans identifiants.</translation>
    </message>
    <message>
        <source>No crossorigin attribute: the image loads without CORS and shows, but it taints any canvas it is drawn on, so toDataURL() and getImageData() throw &quot;Tainted canvases may not be exported.&quot; To read its pixels, add crossorigin=&quot;anonymous&quot; and have the server allow this origin.</source>
        <translation>Pas d’attribut crossorigin : l’image se charge sans CORS et s’affiche, mais elle souille tout canvas où elle est dessinée, si bien que toDataURL() et getImageData() lèvent « Tainted canvases may not be exported. ». Pour lire ses pixels, ajoutez crossorigin=&quot;anonymous&quot; et faites autoriser cette origine par le serveur.</translation>
    </message>
    <message>
        <source>No crossorigin attribute: the script loads without CORS and runs, but its errors reach window.onerror only as &quot;Script error.&quot;, with no message, line or stack. Add crossorigin=&quot;anonymous&quot; and have the server allow this origin to see them.</source>
        <translation>Pas d’attribut crossorigin : le script se charge sans CORS et s’exécute, mais ses erreurs n’atteignent window.onerror que sous la forme « Script error. », sans message, ligne ni pile. Pour les voir, ajoutez crossorigin=&quot;anonymous&quot; et faites autoriser cette origine par le serveur.</translation>
    </message>
    <message>
        <source>No crossorigin attribute: the stylesheet loads without CORS and its styles apply, but the page cannot read its rules: sheet.cssRules throws a SecurityError. Add crossorigin=&quot;anonymous&quot; and have the server allow this origin to read them.</source>
        <translation>Pas d’attribut crossorigin : la feuille de style se charge sans CORS et ses styles s’appliquent, mais la page ne peut pas lire ses règles : sheet.cssRules lève une SecurityError. Pour les lire, ajoutez crossorigin=&quot;anonymous&quot; et faites autoriser cette origine par le serveur.</translation>
    </message>
    <message>
        <source>no-cors: the request went out without CORS and the page gets an opaque response: status 0, no headers, no body it can read.</source>
        <translation>no-cors : la requête est partie sans CORS et la page reçoit une réponse opaque : statut 0, aucun en-tête, aucun corps lisible.</translation>
    </message>
</context>
<context>
    <name>CorsHttpServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1, port %2 : %3</translation>
    </message>
    <message>
        <source>cannot share the listening socket: %1</source>
        <translation>impossible de partager le socket d&apos;écoute : %1</translation>
    </message>
    <message>
        <source>more than one server thread needs a Unix system</source>
        <translation>plusieurs threads serveur exigent un système Unix</translation>
    </message>
    <message>
        <source>The upstream %1 did not answer: %2</source>
        <translation>L&apos;amont %1 n&apos;a pas répondu : %2</translation>
    </message>
</context>
<context>
    <name>CorsMiddleware</name>
    <message>
        <source>not a CORS request (no Origin header)</source>
        <translation>pas une requête CORS (pas d&apos;en-tête Origin)</translation>
    </message>
    <message>
        <source>preflight allowed</source>
        <translation>preflight autorisé</translation>
    </message>
    <message>
        <source>preflight refused: %1</source>
        <translation>preflight refusé : %1</translation>
    </message>
    <message>
        <source>origin allowed (echoed back)</source>
        <translation>origine autorisée (renvoyée en écho)</translation>
    </message>
    <message>
        <source>origin allowed (*)</source>
        <translation>origine autorisée (*)</translation>
    </message>
    <message>
        <source>origin not allowed: no Access-Control-Allow-Origin sent</source>
        <translation>origine non autorisée : aucun Access-Control-Allow-Origin envoyé</translation>
    </message>
    <message>
        <source>preflight answered without checks (the browser decides)</source>
        <translation>réponse au preflight sans vérification (le navigateur décide)</translation>
    </message>
    <message>
        <source>fixed origin sent, whatever the request&apos;s origin</source>
        <translation>origine fixe envoyée, quelle que soit l&apos;origine de la requête</translation>
    </message>
    <message>
        <source>CORS not applied to this request</source>
        <translation>CORS non appliqué à cette requête</translation>
    </message>
</context>
<context>
    <name>CorsPolicy</name>
    <message>
        <source>%1 is not an HTTP status; use a number from 100 to 599.</source>
        <translation>%1 n&apos;est pas un statut HTTP ; utilisez un nombre de 100 à 599.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not a header name.</source>
        <translation>&quot;*&quot; n&apos;est pas un nom d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1 is written by the server from the body it sends; leave it out.</source>
        <translation>%1 est écrit par le serveur d&apos;après le corps qu&apos;il envoie ; omettez-le.</translation>
    </message>
    <message>
        <source>does not compile: %1 at character %2.</source>
        <translation>ne compile pas : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>must be 0 or more seconds (got %1).</source>
        <translation>doit être de 0 seconde ou plus (reçu : %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// URL; write the upstream as http://host[:port][/path], for example http://127.0.0.1:9000.</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http:// ; écrivez l&apos;amont sous la forme http://hôte[:port][/chemin], par exemple http://127.0.0.1:9000.</translation>
    </message>
    <message>
        <source>Flask-CORS refuses to start: &quot;Cannot use supports_credentials in conjunction withan origin string of &apos;*&apos;.&quot; Turn off send_wildcard or supports_credentials.</source>
        <translation>Flask-CORS refuse de démarrer : &quot;Cannot use supports_credentials in conjunction withan origin string of &apos;*&apos;.&quot; Désactivez send_wildcard ou supports_credentials.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL Python can split (Invalid IPv6 URL).</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL que Python sait découper (Invalid IPv6 URL).</translation>
    </message>
    <message>
        <source>corsheaders.E013: Origin &apos;%1&apos; in CORS_ALLOWED_ORIGINS is missing scheme or netloc. Add a scheme (e.g. https://) or netloc (e.g. example.com).</source>
        <translation>corsheaders.E013: L&apos;origine &apos;%1&apos; dans CORS_ALLOWED_ORIGINS n&apos;a pas de schéma ou pas de netloc. Ajoutez un schéma (p. ex. https://) ou un netloc (p. ex. example.com).</translation>
    </message>
    <message>
        <source>corsheaders.E014: Origin &apos;%1&apos; in CORS_ALLOWED_ORIGINS should not have %2.</source>
        <translation>corsheaders.E014: L&apos;origine &apos;%1&apos; dans CORS_ALLOWED_ORIGINS ne devrait pas contenir de %2.</translation>
    </message>
    <message>
        <source>corsheaders.E004: CORS_PREFLIGHT_MAX_AGE should be an integer greater than or equal to zero.</source>
        <translation>corsheaders.E004: CORS_PREFLIGHT_MAX_AGE devrait être un entier supérieur ou égal à zéro.</translation>
    </message>
</context>
<context>
    <name>CorsResponder</name>
    <message>
        <source>manual preflight response</source>
        <translation>réponse manuelle au preflight</translation>
    </message>
    <message>
        <source>manual response</source>
        <translation>réponse manuelle</translation>
    </message>
    <message>
        <source> (proxied to %1)</source>
        <translation> (relayée vers %1)</translation>
    </message>
</context>
<context>
    <name>DemoPageServer</name>
    <message>
        <source>the demo page server could not listen on 127.0.0.1: %1</source>
        <translation>le serveur de la page de démonstration n’a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Failed check: %1</source>
        <translation>Vérification échouée : %1</translation>
    </message>
    <message>
        <source>Fix (%1):</source>
        <translation>Correction (%1) :</translation>
    </message>
    <message>
        <source>Reproduce: save this policy as reproduction.json</source>
        <translation>Reproduire : enregistrez cette politique sous reproduction.json</translation>
    </message>
    <message>
        <source>and run:</source>
        <translation>et lancez :</translation>
    </message>
    <message>
        <source>Read a CORS error copied from the browser&apos;s console: the failed check, why, the fix for your framework and a reproduction for the playground.</source>
        <translation>Lire une erreur CORS copiée de la console du navigateur : la vérification échouée, pourquoi, la correction pour votre framework et une reproduction pour le playground.</translation>
    </message>
    <message>
        <source>Print JSON: one object, or an array for several errors.</source>
        <translation>Afficher du JSON : un objet, ou un tableau pour plusieurs erreurs.</translation>
    </message>
    <message>
        <source>The fix&apos;s code: one of %1 (default fastapi).</source>
        <translation>Le code de la correction : l&apos;un de %1 (par défaut fastapi).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The console text, or - to read standard input.</source>
        <translation>Le texte de la console, ou - pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--framework: unknown framework &quot;%1&quot;; the frameworks are: %2</source>
        <translation>--framework : framework inconnu « %1 » ; les frameworks sont : %2</translation>
    </message>
    <message>
        <source>give the console text as an argument, or - to read it from standard input</source>
        <translation>donnez le texte de la console en argument, ou - pour le lire sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <source>no CORS error found. It looks for Chromium&apos;s &quot;Access to ... has been blocked by CORS policy: ...&quot;, Firefox&apos;s &quot;Cross-Origin Request Blocked: ...&quot;, &quot;TypeError: Failed to fetch&quot; and axios&apos; &quot;AxiosError: Network Error&quot;.</source>
        <translation>aucune erreur CORS trouvée. Elle cherche « Access to ... has been blocked by CORS policy: ... » de Chromium, « Cross-Origin Request Blocked: ... » de Firefox, « TypeError: Failed to fetch » et « AxiosError: Network Error » d&apos;axios.</translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Diagnose a console error</source>
        <translation>Diagnostiquer une erreur de console</translation>
    </message>
    <message>
        <source>Paste the error from the browser&apos;s console (F12), as copied, noise and all:</source>
        <translation>Collez l&apos;erreur de la console du navigateur (F12) telle que copiée, avec tout ce qui l&apos;entoure :</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>Erreur de console</translation>
    </message>
    <message>
        <source>Chromium&apos;s &quot;Access to fetch at ... has been blocked by CORS policy: ...&quot;, Firefox&apos;s &quot;Cross-Origin Request Blocked: ...&quot;, or axios&apos; &quot;AxiosError: Network Error&quot;. Several errors at once are read one by one.</source>
        <translation>« Access to fetch at ... has been blocked by CORS policy: ... » de Chromium, « Cross-Origin Request Blocked: ... » de Firefox, ou « AxiosError: Network Error » d&apos;axios. Plusieurs erreurs à la fois sont lues une par une.</translation>
    </message>
    <message>
        <source>Access to fetch at &apos;http://127.0.0.1:8000/api/data&apos; from origin &apos;http://localhost:3000&apos; has been blocked by CORS policy: ...</source>
        <translation>Access to fetch at &apos;http://127.0.0.1:8000/api/data&apos; from origin &apos;http://localhost:3000&apos; has been blocked by CORS policy: ...</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Which error</source>
        <translation>Quelle erreur</translation>
    </message>
    <message>
        <source>The paste holds several errors: choose the one to explain.</source>
        <translation>Le texte collé contient plusieurs erreurs : choisissez celle à expliquer.</translation>
    </message>
    <message>
        <source>Fix for</source>
        <translation>Correction pour</translation>
    </message>
    <message>
        <source>Framework of the fix</source>
        <translation>Framework de la correction</translation>
    </message>
    <message>
        <source>The server code that fixes it, written for your framework; it starts as the playground&apos;s own.</source>
        <translation>Le code serveur qui corrige, écrit pour votre framework ; au départ celui du playground.</translation>
    </message>
    <message>
        <source>The fix as code</source>
        <translation>La correction en code</translation>
    </message>
    <message>
        <source>&amp;Copy the fix</source>
        <translation>&amp;Copier la correction</translation>
    </message>
    <message>
        <source>Copy the server code that fixes this error</source>
        <translation>Copier le code serveur qui corrige cette erreur</translation>
    </message>
    <message>
        <source>&amp;Reproduce</source>
        <translation>&amp;Reproduire</translation>
    </message>
    <message>
        <source>Load a policy and a request that give this same error into the playground and send it; then change them until it passes</source>
        <translation>Charger dans le playground une politique et une requête qui donnent cette même erreur et l&apos;envoyer ; puis les modifier jusqu&apos;à ce qu&apos;elle passe</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Rien de collé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No CORS error found. Diagnose reads Chromium&apos;s &quot;Access to ... has been blocked by CORS policy: ...&quot;, Firefox&apos;s &quot;Cross-Origin Request Blocked: ...&quot;, &quot;TypeError: Failed to fetch&quot; and axios&apos; &quot;AxiosError: Network Error&quot;.</source>
        <translation>Aucune erreur CORS trouvée. Le diagnostic lit « Access to ... has been blocked by CORS policy: ... » de Chromium, « Cross-Origin Request Blocked: ... » de Firefox, « TypeError: Failed to fetch » et « AxiosError: Network Error » d&apos;axios.</translation>
    </message>
    <message>
        <source>%1, %2: %3 from %4. Failed check: %5.</source>
        <translation>%1, %2 : %3 depuis %4. Vérification échouée : %5.</translation>
    </message>
    <message>
        <source>a page Firefox does not name</source>
        <translation>une page que Firefox ne nomme pas</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; hides the cause.</source>
        <translation>%1 : « %2 » cache la cause.</translation>
    </message>
    <message>
        <source>%1, %2: %3 from %4. A CORS error with a reason CORS Playground does not know.</source>
        <translation>%1, %2 : %3 depuis %4. Une erreur CORS dont CORS Playground ne connaît pas la raison.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>&quot;%1&quot; says only that the request failed, not why: the browser keeps the reason from JavaScript on purpose. The real message is in the browser&apos;s console, above or beside this line (&quot;Access to ... has been blocked by CORS policy&quot; in Chrome, &quot;Cross-Origin Request Blocked&quot; in Firefox), and the Network panel shows the request, its preflight and the answer. Paste that message here. If there is none, the server did not answer at all: is it running, and is the URL right?</source>
        <translation>« %1 » dit seulement que la requête a échoué, pas pourquoi : le navigateur cache exprès la raison à JavaScript. Le vrai message est dans la console du navigateur, au-dessus ou à côté de cette ligne (« Access to ... has been blocked by CORS policy » dans Chrome, « Cross-Origin Request Blocked » dans Firefox), et le panneau Réseau montre la requête, son preflight et la réponse. Collez ce message ici. S&apos;il n&apos;y en a pas, le serveur n&apos;a pas répondu du tout : tourne-t-il, et l&apos;URL est-elle juste ?</translation>
    </message>
    <message>
        <source>Firefox does not name the page&apos;s origin: the fix and the reproduction use %1; put your page&apos;s origin in its place.</source>
        <translation>Firefox ne nomme pas l&apos;origine de la page : la correction et la reproduction utilisent %1 ; mettez l&apos;origine de votre page à sa place.</translation>
    </message>
    <message>
        <source>The page asked for %1 and was redirected to %2, which gave this answer; the reproduction asks %2 directly.</source>
        <translation>La page a demandé %1 et a été redirigée vers %2, qui a donné cette réponse ; la reproduction demande %2 directement.</translation>
    </message>
    <message>
        <source>This is a CORS error, but CORS Playground does not know the check these words name: &quot;%1&quot;. The URL and the page&apos;s origin above are read; the browser&apos;s Network panel shows the request and the answer that failed.</source>
        <translation>C&apos;est une erreur CORS, mais CORS Playground ne connaît pas la vérification que ces mots nomment : « %1 ». L&apos;URL et l&apos;origine de la page ci-dessus sont lues ; le panneau Réseau du navigateur montre la requête et la réponse qui a échoué.</translation>
    </message>
    <message>
        <source>The preflight (OPTIONS) was not answered with a 2xx status; the message does not say which (the Network panel shows it). Fix: answer OPTIONS with 200 or 204 and the CORS headers. Often OPTIONS has no route, or an authentication check runs before CORS.</source>
        <translation>Le preflight (OPTIONS) n&apos;a pas reçu de statut 2xx ; le message ne dit pas lequel (le panneau Réseau le montre). Correction : répondez à OPTIONS avec 200 ou 204 et les en-têtes CORS. Souvent OPTIONS n&apos;a pas de route, ou une authentification passe avant CORS.</translation>
    </message>
    <message>
        <source>The answer was status %1: an error page or a refusal is often sent before, or without, the CORS middleware. Fix the error too, and make the CORS headers go out on error responses.</source>
        <translation>La réponse avait le statut %1 : une page d&apos;erreur ou un refus part souvent avant, ou sans, le middleware CORS. Corrigez aussi l&apos;erreur, et faites partir les en-têtes CORS avec les réponses d&apos;erreur.</translation>
    </message>
    <message>
        <source>The page&apos;s origin is &quot;null&quot;: it was opened from a file (file://), runs in a sandboxed iframe, or was redirected from another origin. Allowing &quot;null&quot; would let every such page in: serve the page over http(s) from a real origin instead, or avoid the cross-origin redirect.</source>
        <translation>L&apos;origine de la page est « null » : elle a été ouverte depuis un fichier (file://), tourne dans une iframe sandboxée, ou a été redirigée depuis une autre origine. Autoriser « null » laisserait entrer toutes ces pages : servez plutôt la page en http(s) depuis une vraie origine, ou évitez la redirection entre origines.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address space Chromium 156 names: before Chromium 142 this machine was &quot;local&quot; and the local network &quot;private&quot;, and &quot;unknown&quot; means Chromium could not tell. The reproduction uses %2.</source>
        <translation>« %1 » n&apos;est pas un espace d&apos;adressage que Chromium 156 nomme : avant Chromium 142 cette machine était « local » et le réseau local « private », et « unknown » signifie que Chromium n&apos;a pas pu le déterminer. La reproduction utilise %2.</translation>
    </message>
</context>
<context>
    <name>DjangoCorsHeadersOptionsForm</name>
    <message>
        <source>django-cors-headers settings</source>
        <translation>Paramètres de django-cors-headers</translation>
    </message>
    <message>
        <source>Write each setting as in your settings.py: [&apos;https://a.example&apos;], r&apos;^/api/&apos;, True, 600.</source>
        <translation>Écrivez chaque paramètre comme dans votre settings.py : [&apos;https://a.example&apos;], r&apos;^/api/&apos;, True, 600.</translation>
    </message>
    <message>
        <source>CORS_ALLOWED_ORIGINS: origins allowed, compared by scheme and host:port only. &apos;null&apos; allows sandboxed pages and file:// URLs.</source>
        <translation>CORS_ALLOWED_ORIGINS : origines autorisées, comparées uniquement par schéma et hôte:port. &apos;null&apos; autorise les pages en bac à sable (sandbox) et les URL file://.</translation>
    </message>
    <message>
        <source>CORS_ALLOWED_ORIGIN_REGEXES: regular expressions tried with re.match, from the start of the origin only: a prefix is enough, so end each with $.</source>
        <translation>CORS_ALLOWED_ORIGIN_REGEXES : expressions régulières essayées avec re.match, uniquement depuis le début de l&apos;origine : un préfixe suffit, donc terminez chacune par $.</translation>
    </message>
    <message>
        <source>CORS_ALLOW_ALL_ORIGINS: allow every origin (* without credentials, the request&apos;s origin with them).</source>
        <translation>CORS_ALLOW_ALL_ORIGINS : autoriser toutes les origines (* sans identifiants, l&apos;origine de la requête avec identifiants).</translation>
    </message>
    <message>
        <source>CORS_ALLOW_METHODS: sent as written on every OPTIONS answer; the requested method is not checked, the browser checks it.</source>
        <translation>CORS_ALLOW_METHODS : envoyé tel qu&apos;écrit dans chaque réponse à OPTIONS ; la méthode demandée n&apos;est pas vérifiée, c&apos;est le navigateur qui la vérifie.</translation>
    </message>
    <message>
        <source>CORS_ALLOW_HEADERS: sent as written on every OPTIONS answer; the requested headers are not checked, the browser checks them.</source>
        <translation>CORS_ALLOW_HEADERS : envoyé tel qu&apos;écrit dans chaque réponse à OPTIONS ; les en-têtes demandés ne sont pas vérifiés, c&apos;est le navigateur qui les vérifie.</translation>
    </message>
    <message>
        <source>the library&apos;s list</source>
        <translation>la liste de la bibliothèque</translation>
    </message>
    <message>
        <source>CORS_EXPOSE_HEADERS: Access-Control-Expose-Headers.</source>
        <translation>CORS_EXPOSE_HEADERS : Access-Control-Expose-Headers.</translation>
    </message>
    <message>
        <source>CORS_ALLOW_CREDENTIALS: send Access-Control-Allow-Credentials: true, even to origins that are not allowed.</source>
        <translation>CORS_ALLOW_CREDENTIALS : envoyer Access-Control-Allow-Credentials: true, même aux origines non autorisées.</translation>
    </message>
    <message>
        <source>CORS_PREFLIGHT_MAX_AGE: Access-Control-Max-Age in seconds; 0 sends no header.</source>
        <translation>CORS_PREFLIGHT_MAX_AGE : Access-Control-Max-Age en secondes ; 0 n&apos;envoie aucun en-tête.</translation>
    </message>
    <message>
        <source>CORS_URLS_REGEX: only paths this matches (re.match, from the start of the path) get CORS headers; preflights to other paths reach your views.</source>
        <translation>CORS_URLS_REGEX : seuls les chemins qui y correspondent (re.match, depuis le début du chemin) reçoivent les en-têtes CORS ; les preflights vers d&apos;autres chemins atteignent vos vues.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Print the policy as code for a project.</source>
        <translation>Afficher la politique sous forme de code pour un projet.</translation>
    </message>
    <message>
        <source>Policy JSON file (default: Starlette&apos;s defaults).</source>
        <translation>Fichier JSON de politique (par défaut : les valeurs par défaut de Starlette).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>L&apos;un de : %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format is required; the formats are: %1</source>
        <translation>--format est requis ; les formats sont : %1</translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>--format : format inconnu &quot;%1&quot; ; les formats sont : %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the policy as code</source>
        <translation>Exporter la politique en code</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Copier le code dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Exported code</source>
        <translation>Code exporté</translation>
    </message>
    <message>
        <source>FastAPI, Flask-CORS and Django (Python), Express with cors (Node.js), nginx, or the raw header lines. A policy in a library&apos;s own mode opens in that library&apos;s format.</source>
        <translation>FastAPI, Flask-CORS et Django (Python), Express avec cors (Node.js), nginx, ou les lignes d&apos;en-tête brutes. Une politique dans le mode propre à une bibliothèque s&apos;ouvre dans le format de cette bibliothèque.</translation>
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
        <translation>Lignes d&apos;en-tête</translation>
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
        <translation>Options de cors pour Express</translation>
    </message>
    <message>
        <source>Write each value as in your JavaScript: &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], true, /regex/. Leave a field empty to not give the option.</source>
        <translation>Écrivez chaque valeur comme dans votre JavaScript : &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], true, /regex/. Laissez un champ vide pour ne pas donner l&apos;option.</translation>
    </message>
    <message>
        <source>origin: who may read responses. &apos;*&apos; (the default) sends * to everyone; any other string is sent as it is to every origin, matching or not; true reflects the request&apos;s origin; false turns cors off; a list holds strings and /regexes/, and a regex matches anywhere in the origin, not only as a whole.</source>
        <translation>origin : qui peut lire les réponses. &apos;*&apos; (la valeur par défaut) envoie * à tout le monde ; toute autre chaîne est envoyée telle quelle à chaque origine, qu&apos;elle corresponde ou non ; true renvoie en écho l&apos;origine de la requête ; false désactive cors ; une liste contient des chaînes et des /regex/, et une regex correspond n&apos;importe où dans l&apos;origine, pas seulement à l&apos;origine entière.</translation>
    </message>
    <message>
        <source>methods: Access-Control-Allow-Methods on every OPTIONS answer. A string is sent exactly as written, a list is joined with commas. cors never refuses a preflight: the browser compares.</source>
        <translation>methods : Access-Control-Allow-Methods dans chaque réponse à OPTIONS. Une chaîne est envoyée exactement telle qu&apos;écrite, une liste est jointe par des virgules. cors ne refuse jamais un preflight : c&apos;est le navigateur qui compare.</translation>
    </message>
    <message>
        <source>allowedHeaders: Access-Control-Allow-Headers. Not given (or &apos;&apos;): cors reflects whatever the preflight asks for and adds Vary: Access-Control-Request-Headers.</source>
        <translation>allowedHeaders : Access-Control-Allow-Headers. Non indiqué (ou &apos;&apos;) : cors renvoie tout ce que demande le preflight et ajoute Vary: Access-Control-Request-Headers.</translation>
    </message>
    <message>
        <source>not given: reflect what is asked</source>
        <translation>non indiqué : renvoyer ce qui est demandé</translation>
    </message>
    <message>
        <source>exposedHeaders: Access-Control-Expose-Headers, the response headers JavaScript may read besides the safelisted ones.</source>
        <translation>exposedHeaders : Access-Control-Expose-Headers, les en-têtes de réponse que JavaScript peut lire en plus des en-têtes simples.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>credentials: true sends Access-Control-Allow-Credentials: true on every answer (only the value true does).</source>
        <translation>credentials : true envoie Access-Control-Allow-Credentials: true dans chaque réponse (seule la valeur true le fait).</translation>
    </message>
    <message>
        <source>maxAge: Access-Control-Max-Age in seconds; 0 is sent too. Not given: no header, and browsers cache a preflight for 5 seconds.</source>
        <translation>maxAge : Access-Control-Max-Age en secondes ; 0 est envoyé aussi. Non indiqué : aucun en-tête, et les navigateurs gardent un preflight en cache pendant 5 secondes.</translation>
    </message>
    <message>
        <source>preflightContinue: pass OPTIONS requests on to your routes instead of answering them (the catch-all route then answers 200 with its JSON).</source>
        <translation>preflightContinue : transmettre les requêtes OPTIONS à vos routes au lieu d&apos;y répondre (la route fourre-tout répond alors 200 avec son JSON).</translation>
    </message>
    <message>
        <source>optionsSuccessStatus: the status of cors&apos; own answer to OPTIONS, 204 by default (some old browsers need 200).</source>
        <translation>optionsSuccessStatus : le statut de la réponse propre de cors à OPTIONS, 204 par défaut (certains anciens navigateurs ont besoin de 200).</translation>
    </message>
</context>
<context>
    <name>FetchRequestJson</name>
    <message>
        <source>%1 must be &quot;public&quot;, &quot;local&quot; or &quot;loopback&quot;</source>
        <translation>%1 doit être &quot;public&quot;, &quot;local&quot; ou &quot;loopback&quot;</translation>
    </message>
    <message>
        <source>%1 must be &quot;prompt&quot;, &quot;granted&quot; or &quot;denied&quot;</source>
        <translation>%1 doit être &quot;prompt&quot;, &quot;granted&quot; ou &quot;denied&quot;</translation>
    </message>
</context>
<context>
    <name>FetchRules</name>
    <message>
        <source>its value %1 contains a character that is not CORS-safe</source>
        <translation>sa valeur %1 contient un caractère non sûr pour CORS</translation>
    </message>
    <message>
        <source>Content-Type %1 is not one of application/x-www-form-urlencoded, multipart/form-data or text/plain</source>
        <translation>Content-Type %1 n&apos;est ni application/x-www-form-urlencoded, ni multipart/form-data, ni text/plain</translation>
    </message>
    <message>
        <source>its value %1 is not allowed for %2 without a preflight</source>
        <translation>sa valeur %1 n&apos;est pas permise pour %2 sans preflight</translation>
    </message>
    <message>
        <source>%1 is not a CORS-safelisted header</source>
        <translation>%1 n&apos;est pas un en-tête CORS simple (safelisted)</translation>
    </message>
    <message>
        <source>its value is %1 bytes long, over the 128 bytes a safelisted header may have</source>
        <translation>sa valeur fait %1 octets, au-delà des 128 octets permis pour un en-tête simple</translation>
    </message>
    <message>
        <source>the safelisted headers together are %1 bytes, over the 1024 bytes allowed without a preflight</source>
        <translation>les en-têtes simples totalisent %1 octets, au-delà des 1024 octets permis sans preflight</translation>
    </message>
</context>
<context>
    <name>FlaskCorsOptionsForm</name>
    <message>
        <source>Flask-CORS options</source>
        <translation>Options de Flask-CORS</translation>
    </message>
    <message>
        <source>Write each value as in your Python: &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], True, None. Leave a field empty for None.</source>
        <translation>Écrivez chaque valeur comme dans votre code Python : &apos;text&apos;, [&apos;a&apos;, &apos;b&apos;], True, None. Laissez un champ vide pour None.</translation>
    </message>
    <message>
        <source>origins: who may read responses. &apos;*&apos; (the default) allows any origin and echoes it back. A string holding any of * \ ] ? $ ^ [ ( ) is a regular expression, matched from the start and ignoring case: a prefix is enough.</source>
        <translation>origins : qui peut lire les réponses. &apos;*&apos; (la valeur par défaut) autorise toute origine et la renvoie en écho. Une chaîne contenant l&apos;un des caractères * \ ] ? $ ^ [ ( ) est une expression régulière, appliquée depuis le début et sans tenir compte de la casse : un préfixe suffit.</translation>
    </message>
    <message>
        <source>methods: sent sorted in Access-Control-Allow-Methods when the preflight&apos;s method is found in them (a text search: &apos;GE&apos; is found in &apos;GET&apos;).</source>
        <translation>methods : envoyées triées dans Access-Control-Allow-Methods quand la méthode du preflight s&apos;y trouve (une recherche de texte : &apos;GE&apos; est trouvé dans &apos;GET&apos;).</translation>
    </message>
    <message>
        <source>allow_headers: the requested headers that match are sent back, sorted, in Access-Control-Allow-Headers. &apos;*&apos; (the default) allows any.</source>
        <translation>allow_headers : les en-têtes demandés qui correspondent sont renvoyés, triés, dans Access-Control-Allow-Headers. &apos;*&apos; (la valeur par défaut) les autorise tous.</translation>
    </message>
    <message>
        <source>expose_headers: Access-Control-Expose-Headers, sorted.</source>
        <translation>expose_headers : Access-Control-Expose-Headers, triés.</translation>
    </message>
    <message>
        <source>supports_credentials: send Access-Control-Allow-Credentials: true. With origins &apos;*&apos; the request&apos;s origin is echoed, so any site may read with cookies.</source>
        <translation>supports_credentials : envoyer Access-Control-Allow-Credentials: true. Avec origins &apos;*&apos;, l&apos;origine de la requête est renvoyée en écho, donc n&apos;importe quel site peut lire avec les cookies.</translation>
    </message>
    <message>
        <source>max_age: Access-Control-Max-Age in seconds; 0 and None send no header.</source>
        <translation>max_age : Access-Control-Max-Age en secondes ; 0 et None n&apos;envoient aucun en-tête.</translation>
    </message>
    <message>
        <source>send_wildcard: send * instead of echoing the origin when origins is &apos;*&apos;.</source>
        <translation>send_wildcard : envoyer * au lieu de renvoyer l&apos;origine en écho quand origins vaut &apos;*&apos;.</translation>
    </message>
    <message>
        <source>always_send: add the headers to requests without an Origin too (on by default).</source>
        <translation>always_send : ajouter les en-têtes aussi aux requêtes sans Origin (activé par défaut).</translation>
    </message>
    <message>
        <source>vary_header: add Vary: Origin when the answer depends on the origin (on by default; one literal origin gets none).</source>
        <translation>vary_header : ajouter Vary: Origin quand la réponse dépend de l&apos;origine (activé par défaut ; une seule origine littérale n&apos;en reçoit pas).</translation>
    </message>
    <message>
        <source>automatic_options: read only by the @cross_origin decorator; CORS(app) ignores it.</source>
        <translation>automatic_options : lu uniquement par le décorateur @cross_origin ; CORS(app) l&apos;ignore.</translation>
    </message>
</context>
<context>
    <name>FrameworkComparisonView</name>
    <message>
        <source>&amp;Compare the four libraries</source>
        <translation>Com&amp;parer les quatre bibliothèques</translation>
    </message>
    <message>
        <source>Sends the composed request to Starlette, Express&apos;s cors, Flask-CORS and django-cors-headers, each configured as closely as possible to the current options, and shows their answers side by side. Rows marked ≠ differ.</source>
        <translation>Envoie la requête composée à Starlette, à Express avec cors, à Flask-CORS et à django-cors-headers, chacun configuré au plus près des options actuelles, et affiche leurs réponses côte à côte. Les lignes marquées ≠ diffèrent.</translation>
    </message>
    <message>
        <source>The same intent, four libraries: see which lines each one sends and what the browser makes of them.</source>
        <translation>La même intention, quatre bibliothèques : voyez quelles lignes chacune envoie et ce que le navigateur en fait.</translation>
    </message>
    <message>
        <source>Answers of the four libraries</source>
        <translation>Réponses des quatre bibliothèques</translation>
    </message>
    <message>
        <source>Sending the request to each library…</source>
        <translation>Envoi de la requête à chaque bibliothèque…</translation>
    </message>
    <message>
        <source>The comparison could not start a server on this machine.</source>
        <translation>La comparaison n&apos;a pas pu démarrer de serveur sur cette machine.</translation>
    </message>
    <message>
        <source>Rows marked ≠ differ between the libraries.</source>
        <translation>Les lignes marquées ≠ diffèrent d&apos;une bibliothèque à l&apos;autre.</translation>
    </message>
    <message>
        <source>✔ allowed</source>
        <translation>✔ autorisée</translation>
    </message>
    <message>
        <source>✘ blocked: %1</source>
        <translation>✘ bloquée : %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Browser&apos;s verdict</source>
        <translation>Verdict du navigateur</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Statut (%1)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <source>Could not be said the same way: %1.</source>
        <translation>N&apos;a pas pu être exprimé de la même façon : %1.</translation>
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
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Header lines</source>
        <translation>Lignes d&apos;en-tête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add a header line (duplicates are allowed and sent as written)</source>
        <translation>Ajouter une ligne d&apos;en-tête (les doublons sont permis et envoyés tels quels)</translation>
    </message>
    <message>
        <source>Remove the selected header line</source>
        <translation>Supprimer la ligne d’en-tête sélectionnée</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Send the request (from any field)</source>
        <translation>Envoyer la requête (depuis n’importe quel champ)</translation>
    </message>
    <message>
        <source>Reveal the verdict in predict mode</source>
        <translation>Révéler le verdict en mode prédiction</translation>
    </message>
    <message>
        <source>Enter, or leaving a field</source>
        <translation>Entrée, ou quitter un champ</translation>
    </message>
    <message>
        <source>Apply the edited policy field to the server</source>
        <translation>Appliquer au serveur le champ de politique modifié</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About CORS Playground</source>
        <translation>À propos de CORS Playground</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CORS Playground %1&lt;/h3&gt;&lt;p&gt;See what a browser does with CORS, live: a local server whose CORS behaviour you edit, a browser simulator that does what Chromium does, and the reason for every verdict.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT. See the LICENSE file that comes with the program.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CORS Playground %1&lt;/h3&gt;&lt;p&gt;Voyez en direct ce qu’un navigateur fait de CORS&#xa0;: un serveur local dont vous modifiez le comportement CORS, un simulateur de navigateur qui fait ce que fait Chromium, et la raison de chaque verdict.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (exécuté avec Qt %3).&lt;/p&gt;&lt;p&gt;Licence&#xa0;: MIT. Voir le fichier LICENSE fourni avec le programme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first lesson is loaded: its policy is on the server (left) and its request is in the composer (top).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+Enter&lt;/b&gt; to send the request.&lt;/li&gt;&lt;li&gt;Read the verdict, Chromium&apos;s message and the header trace below.&lt;/li&gt;&lt;li&gt;Change the policy on the left and press &lt;b&gt;Enter&lt;/b&gt;: the server applies it.&lt;/li&gt;&lt;li&gt;Send again. More lessons are in Classroom → Scenarios; Ctrl+/ lists every shortcut.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;La première leçon est chargée&#xa0;: sa politique est sur le serveur (à gauche) et sa requête dans l’éditeur (en haut).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Appuyez sur &lt;b&gt;Ctrl+Entrée&lt;/b&gt; pour envoyer la requête.&lt;/li&gt;&lt;li&gt;Lisez en dessous le verdict, le message de Chromium et la trace des en-têtes.&lt;/li&gt;&lt;li&gt;Modifiez la politique à gauche et appuyez sur &lt;b&gt;Entrée&lt;/b&gt;&#xa0;: le serveur l’applique.&lt;/li&gt;&lt;li&gt;Envoyez de nouveau. D’autres leçons sont dans Classe → Scénarios&#xa0;; Ctrl+/ liste tous les raccourcis.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server closed the connection before the response was complete</source>
        <translation>le serveur a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>les en-têtes de la réponse dépassent %1 octets</translation>
    </message>
    <message>
        <source>not an HTTP response: &quot;%1&quot;</source>
        <translation>pas une réponse HTTP : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>malformed header line: &quot;%1&quot;</source>
        <translation>ligne d&apos;en-tête mal formée : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>Content-Length non valide</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>le corps de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>invalid chunk size</source>
        <translation>taille de chunk non valide</translation>
    </message>
</context>
<context>
    <name>HttpSyntax</name>
    <message>
        <source>is empty; an origin looks like &quot;http://localhost:3000&quot;.</source>
        <translation>est vide ; une origine ressemble à &quot;http://localhost:3000&quot;.</translation>
    </message>
    <message>
        <source>%1 has spaces around it; browsers send the origin without them.</source>
        <translation>%1 comporte des espaces au début ou à la fin ; les navigateurs envoient l&apos;origine sans espaces.</translation>
    </message>
    <message>
        <source>%1 has no scheme. An origin is scheme://host[:port], for example &quot;http://%2&quot;.</source>
        <translation>%1 n&apos;a pas de schéma. Une origine s&apos;écrit schéma://hôte[:port], par exemple &quot;http://%2&quot;.</translation>
    </message>
    <message>
        <source>%1 ends with a slash. Browsers send the origin without one, so it would never match: write %2.</source>
        <translation>%1 se termine par une barre oblique. Les navigateurs envoient l&apos;origine sans, donc elle ne correspondrait jamais : écrivez %2.</translation>
    </message>
    <message>
        <source>%1 has a path, query or fragment (%2). An origin is only scheme://host[:port]: write %3.</source>
        <translation>%1 contient un chemin, une chaîne de requête ou un fragment (%2). Une origine n&apos;est que schéma://hôte[:port] : écrivez %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid origin: %2.</source>
        <translation>%1 n&apos;est pas une origine valide : %2.</translation>
    </message>
    <message>
        <source>%1 contains a user name or password; an origin never does.</source>
        <translation>%1 contient un nom d&apos;utilisateur ou un mot de passe ; une origine n&apos;en contient jamais.</translation>
    </message>
    <message>
        <source>%1 has no host.</source>
        <translation>%1 n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>is empty; a method is a word such as GET or PUT.</source>
        <translation>est vide ; une méthode est un mot comme GET ou PUT.</translation>
    </message>
    <message>
        <source>%1 is not a valid HTTP method: use letters, digits or !#$%&amp;&apos;*+-.^_`|~, no spaces or commas.</source>
        <translation>%1 n&apos;est pas une méthode HTTP valide : utilisez des lettres, des chiffres ou !#$%&amp;&apos;*+-.^_`|~, sans espaces ni virgules.</translation>
    </message>
    <message>
        <source>is empty; a header name is a word such as Content-Type.</source>
        <translation>est vide ; un nom d&apos;en-tête est un mot comme Content-Type.</translation>
    </message>
    <message>
        <source>%1 ends with a colon; write the header name without it.</source>
        <translation>%1 se termine par deux-points ; écrivez le nom de l&apos;en-tête sans les deux-points.</translation>
    </message>
    <message>
        <source>%1 is not a valid header name: use letters, digits or !#$%&amp;&apos;*+-.^_`|~, no spaces, colons or commas.</source>
        <translation>%1 n&apos;est pas un nom d&apos;en-tête valide : utilisez des lettres, des chiffres ou !#$%&amp;&apos;*+-.^_`|~, sans espaces, deux-points ni virgules.</translation>
    </message>
    <message>
        <source>contains a line break or NUL character, which would end the header line.</source>
        <translation>contient un saut de ligne ou un caractère NUL, qui terminerait la ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LocalNetworkAccessText</name>
    <message>
        <source>Chromium refused it before sending anything, not even a preflight, so nothing reached the server and no CORS header can change this.</source>
        <translation>Chromium l&apos;a refusée avant d&apos;envoyer quoi que ce soit, pas même un preflight : rien n&apos;a donc atteint le serveur et aucun en-tête CORS ne peut y changer quoi que ce soit.</translation>
    </message>
    <message>
        <source>fetch() was told targetAddressSpace: &apos;%1&apos;, but the server is in the %2 address space. Chromium checks this first, whatever the user allowed. Fix: pass targetAddressSpace: &apos;%2&apos;, or leave the option out (it is only needed for an https page calling a plain-http device on the local network).</source>
        <translation>fetch() a reçu targetAddressSpace: &apos;%1&apos;, mais le serveur est dans l&apos;espace d&apos;adressage %2. Chromium vérifie cela en premier, quoi que l&apos;utilisateur ait autorisé. Solution : passez targetAddressSpace: &apos;%2&apos;, ou omettez l&apos;option (elle n&apos;est nécessaire que pour une page https qui appelle un appareil en http simple sur le réseau local).</translation>
    </message>
    <message>
        <source>The page is not a secure context (plain http on a host that is not this machine) and the server is in the more private %1 address space. Chromium does not even ask the user: it refuses. Fix: serve the page over https (or from http://localhost while you develop), then the user can allow it.</source>
        <translation>La page n&apos;est pas un contexte sécurisé (http simple sur un hôte qui n&apos;est pas cette machine) et le serveur est dans l&apos;espace d&apos;adressage %1, plus privé. Chromium ne demande même pas à l&apos;utilisateur : il refuse. Solution : servez la page en https (ou depuis http://localhost pendant le développement) ; l&apos;utilisateur pourra alors l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Fix: the user allows the site when Chromium asks, or later in the site&apos;s settings (Local network access); or put the API where the page can reach it without a permission: on a public address, or in the same address space as the page (in development, serve the page from localhost too). Answering Access-Control-Allow-Private-Network has no effect: Chromium 156 no longer sends that preflight.</source>
        <translation>Solution : l&apos;utilisateur autorise le site quand Chromium le demande, ou plus tard dans les paramètres du site (Accès au réseau local) ; ou placez l&apos;API là où la page peut l&apos;atteindre sans autorisation : sur une adresse publique, ou dans le même espace d&apos;adressage que la page (en développement, servez aussi la page depuis localhost). Répondre avec Access-Control-Allow-Private-Network n&apos;a aucun effet : Chromium 156 n&apos;envoie plus ce preflight.</translation>
    </message>
    <message>
        <source>a local page may call loopback without asking</source>
        <translation>une page locale peut appeler loopback sans demander</translation>
    </message>
    <message>
        <source>not more private, nothing to ask</source>
        <translation>pas plus privé, rien à demander</translation>
    </message>
    <message>
        <source>targetAddressSpace &apos;%1&apos; ≠ %2</source>
        <translation>targetAddressSpace &apos;%1&apos; ≠ %2</translation>
    </message>
    <message>
        <source>%1: page not a secure context</source>
        <translation>%1 : page hors contexte sécurisé</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1 : autorisé</translation>
    </message>
    <message>
        <source>%1: blocked</source>
        <translation>%1 : bloqué</translation>
    </message>
    <message>
        <source>%1: asked, dismissed</source>
        <translation>%1 : demandé, demande fermée</translation>
    </message>
    <message>
        <source>The page %1 is in the %2 address space and the server in the more private %3 one (Local Network Access, Chromium 142 and later): Chromium needs the user&apos;s %4 permission first.</source>
        <translation>La page %1 est dans l&apos;espace d&apos;adressage %2 et le serveur dans l&apos;espace %3, plus privé (Local Network Access, à partir de Chromium 142) : Chromium a d&apos;abord besoin de l&apos;autorisation %4 de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The user blocked it.</source>
        <translation>L&apos;utilisateur a bloqué l&apos;accès.</translation>
    </message>
    <message>
        <source>The permission is still to be asked (prompt): Chromium shows the prompt and sends nothing while it waits. This verdict is what follows when the user blocks or dismisses it, as headless Chromium does; with the permission granted the request goes ahead and CORS applies as usual.</source>
        <translation>L&apos;autorisation reste à demander (prompt) : Chromium affiche la demande et n&apos;envoie rien pendant qu&apos;il attend. Ce verdict est ce qui suit quand l&apos;utilisateur la bloque ou la ferme, comme le fait Chromium headless ; avec l&apos;autorisation accordée, la requête part et CORS s&apos;applique comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>The page called a server in the more private %1 address space (Local Network Access, Chromium 142 and later), and the user has not allowed it: they blocked or dismissed Chromium&apos;s prompt.</source>
        <translation>La page a appelé un serveur dans l&apos;espace d&apos;adressage %1, plus privé (Local Network Access, à partir de Chromium 142), et l&apos;utilisateur ne l&apos;a pas autorisé : il a bloqué ou fermé la demande de Chromium.</translation>
    </message>
    <message>
        <source>The user allowed the page to reach the %1 address space (%2), so the request was sent and CORS applied as usual.</source>
        <translation>L&apos;utilisateur a autorisé la page à atteindre l&apos;espace d&apos;adressage %1 (%2), donc la requête a été envoyée et CORS s&apos;est appliqué comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>Local Network Access (page %1 → server %2)</source>
        <translation>Local Network Access (page %1 → serveur %2)</translation>
    </message>
    <message>
        <source>the user allowed %1</source>
        <translation>l&apos;utilisateur a autorisé %1</translation>
    </message>
    <message>
        <source>targetAddressSpace &apos;%1&apos; is not the server&apos;s space: refused</source>
        <translation>targetAddressSpace &apos;%1&apos; n&apos;est pas l&apos;espace du serveur : refusé</translation>
    </message>
    <message>
        <source>the page is not a secure context: refused without asking</source>
        <translation>la page n&apos;est pas un contexte sécurisé : refusé sans demander</translation>
    </message>
    <message>
        <source>the user blocked %1: refused</source>
        <translation>l&apos;utilisateur a bloqué %1 : refusé</translation>
    </message>
    <message>
        <source>%1 not answered: refused, as when the prompt is dismissed</source>
        <translation>%1 sans réponse : refusé, comme quand la demande est fermée</translation>
    </message>
    <message>
        <source>needs the %1 permission before anything is sent</source>
        <translation>il faut l&apos;autorisation %1 avant tout envoi</translation>
    </message>
    <message>
        <source>targetAddressSpace &apos;%1&apos;</source>
        <translation>targetAddressSpace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Firefox ESR reads no targetAddressSpace: it goes on to its own Local Network Access check.</source>
        <translation>Firefox ESR ne lit pas targetAddressSpace : il passe à sa propre vérification Local Network Access.</translation>
    </message>
    <message>
        <source>Firefox ESR does not refuse an insecure page: it would ask the user instead.</source>
        <translation>Firefox ESR ne refuse pas une page non sécurisée : il demanderait plutôt à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect, and Chromium takes the Local Network Access step again for each hop, against the address space of the hop&apos;s server.</source>
        <translation>%1 a répondu par une redirection, et Chromium refait l&apos;étape Local Network Access à chaque saut, selon l&apos;espace d&apos;adressage du serveur de ce saut.</translation>
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
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Éditeur de requête</translation>
    </message>
    <message>
        <source>Result, request log and origin inspector</source>
        <translation>Résultat, journal des requêtes et inspecteur d&apos;origine</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Origin inspector</source>
        <translation>Inspecteur d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Open policy...</source>
        <translation>&amp;Ouvrir une politique...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Load a policy JSON file</source>
        <translation>Charger un fichier JSON de politique</translation>
    </message>
    <message>
        <source>&amp;Save policy as...</source>
        <translation>&amp;Enregistrer la politique sous...</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the policy as JSON</source>
        <translation>Enregistrer la politique au format JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo policy edit</source>
        <translation>&amp;Annuler la modification de la politique</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo policy edit</source>
        <translation>&amp;Rétablir la modification de la politique</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Start or stop the server</source>
        <translation>&amp;Démarrer ou arrêter le serveur</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Send request	Ctrl+Enter</source>
        <translation>&amp;Envoyer la requête	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Run the composed request in the simulated browser</source>
        <translation>Exécuter la requête composée dans le navigateur simulé</translation>
    </message>
    <message>
        <source>&amp;Forget cached preflights</source>
        <translation>&amp;Oublier les preflights en cache</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Empty the simulated browser&apos;s preflight cache</source>
        <translation>Vider le cache de preflight du navigateur simulé</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Origin inspector</source>
        <translation>&amp;Inspecteur d&apos;origine</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>The simulated browser forgot its cached preflights.</source>
        <translation>Le navigateur simulé a oublié ses preflights en cache.</translation>
    </message>
    <message>
        <source>CORS server listening on %1</source>
        <translation>Serveur CORS à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>CORS server stopped</source>
        <translation>Serveur CORS arrêté</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scénarios</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Larger text for a projector</source>
        <translation>Texte plus grand pour un projecteur</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>White on black, for projectors and low vision</source>
        <translation>Blanc sur noir, pour les projecteurs et la basse vision</translation>
    </message>
    <message>
        <source>&amp;Predict mode</source>
        <translation>Mode &amp;prédiction</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Hide each verdict until you reveal it, so the class guesses first</source>
        <translation>Masquer chaque verdict jusqu&apos;à sa révélation, pour que la classe devine d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Reveal the verdict	Ctrl+Shift+Space</source>
        <translation>&amp;Révéler le verdict	Ctrl+Shift+Space</translation>
    </message>
    <message>
        <source>Show what the browser did</source>
        <translation>Montrer ce qu&apos;a fait le navigateur</translation>
    </message>
    <message>
        <source>Open the real-browser &amp;demo page</source>
        <translation>Ouvrir la page de &amp;démo du vrai navigateur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Open a page on a second origin that runs the composed request with your browser&apos;s real fetch()</source>
        <translation>Ouvrir une page sur une seconde origine qui exécute la requête composée avec le vrai fetch() de votre navigateur</translation>
    </message>
    <message>
        <source>Load scenario %1</source>
        <translation>Chargement du scénario %1</translation>
    </message>
    <message>
        <source>Scenario loaded: press Ctrl+Enter to send.</source>
        <translation>Scénario chargé : appuyez sur Ctrl+Enter pour envoyer.</translation>
    </message>
    <message>
        <source>Open %1 in a browser.</source>
        <translation>Ouvrez %1 dans un navigateur.</translation>
    </message>
    <message>
        <source>&amp;Export policy as code...</source>
        <translation>E&amp;xporter la politique en code...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>FastAPI, Flask, Express or nginx code for your project</source>
        <translation>Code FastAPI, Flask, Express ou nginx pour votre projet</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the composed request as curl commands (with its preflight)</source>
        <translation>Copier la requête composée en commandes curl (avec son preflight)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Save trace as &amp;HAR...</source>
        <translation>Enregistrer la trace en &amp;HAR...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the last exchanges as an HTTP Archive that browser developer tools can import</source>
        <translation>Enregistrer les derniers échanges dans une archive HTTP importable par les outils de développement des navigateurs</translation>
    </message>
    <message>
        <source>Copied the request as curl.</source>
        <translation>Requête copiée en curl.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Show the &amp;policy pane</source>
        <translation>Afficher le panneau de &amp;politique</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the server and policy pane, to give the results the room</source>
        <translation>Afficher ou masquer le panneau du serveur et de la politique, pour laisser la place aux résultats</translation>
    </message>
    <message>
        <source>Show the request &amp;composer</source>
        <translation>Afficher l’&amp;éditeur de requête</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show or hide the request composer, to give the results the room</source>
        <translation>Afficher ou masquer l’éditeur de requête, pour laisser la place aux résultats</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open the first lesson and say what to press</source>
        <translation>Ouvrir la première leçon et dire sur quoi appuyer</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;About CORS Playground</source>
        <translation>À &amp;propos de CORS Playground</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>⚠ The server ran its last applied policy, not what the form shows: %1 not applied.</source>
        <translation>⚠ Le serveur a utilisé sa dernière politique appliquée, pas ce que montre le formulaire&#xa0;: %1 non appliqué.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Compare frameworks</source>
        <translation>Comparer les frameworks</translation>
    </message>
    <message>
        <source>Copy as page &amp;code</source>
        <translation>Copier comme &amp;code de la page</translation>
    </message>
    <message>
        <source>Copy the code a page writes to send the composed request: its fetch() call, XMLHttpRequest, HTML element or @font-face rule</source>
        <translation>Copier le code qu’une page écrit pour envoyer la requête composée : son appel fetch(), XMLHttpRequest, un élément HTML ou une règle @font-face</translation>
    </message>
    <message>
        <source>Copy as &amp;axios</source>
        <translation>Copier comme &amp;axios</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Copy the composed XMLHttpRequest as an axios call (axios sends XMLHttpRequest in the browser)</source>
        <translation>Copier la requête XMLHttpRequest composée comme un appel axios (axios envoie XMLHttpRequest dans le navigateur)</translation>
    </message>
    <message>
        <source>Copied the page&apos;s code for the request.</source>
        <translation>Code de la page pour la requête copié.</translation>
    </message>
    <message>
        <source>Copied the request as an axios call.</source>
        <translation>Requête copiée comme appel axios.</translation>
    </message>
    <message>
        <source>&amp;Diagnose a console error...</source>
        <translation>&amp;Diagnostiquer une erreur de console...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Paste a CORS error from the browser&apos;s console: what failed, why, the fix for your framework, and a reproduction here</source>
        <translation>Coller une erreur CORS de la console du navigateur : ce qui a échoué, pourquoi, la correction pour votre framework et une reproduction ici</translation>
    </message>
    <message>
        <source>Reproduce a console error</source>
        <translation>Reproduire une erreur de console</translation>
    </message>
    <message>
        <source>Reproduced the pasted error: change the policy or the request until it passes.</source>
        <translation>Erreur collée reproduite : modifiez la politique ou la requête jusqu&apos;à ce qu&apos;elle passe.</translation>
    </message>
</context>
<context>
    <name>ManualForm</name>
    <message>
        <source>Manual responses</source>
        <translation>Réponses manuelles</translation>
    </message>
    <message>
        <source>Sent exactly as written: duplicate lines, odd case and trailing slashes included.</source>
        <translation>Envoyées exactement telles qu&apos;écrites : lignes en double, casse inhabituelle et barres obliques finales comprises.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status of the preflight answer. Browsers require 200-299; anything else fails the preflight.</source>
        <translation>Statut de la réponse au preflight. Les navigateurs exigent 200-299 ; toute autre valeur fait échouer le preflight.</translation>
    </message>
    <message>
        <source>Header lines of the preflight answer, e.g. Access-Control-Allow-Origin, -Methods, -Headers, -Max-Age, -Credentials.</source>
        <translation>Lignes d&apos;en-tête de la réponse au preflight, p. ex. Access-Control-Allow-Origin, -Methods, -Headers, -Max-Age, -Credentials.</translation>
    </message>
    <message>
        <source>Status of the actual answer; a 3xx with a Location line makes the browser follow it.</source>
        <translation>Statut de la réponse réelle ; un 3xx avec une ligne Location amène le navigateur à suivre la redirection.</translation>
    </message>
    <message>
        <source>Header lines of the actual answer, e.g. Access-Control-Allow-Origin, -Credentials, -Expose-Headers.</source>
        <translation>Lignes d&apos;en-tête de la réponse réelle, p. ex. Access-Control-Allow-Origin, -Credentials, -Expose-Headers.</translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation>Non appliqué : %1 : %2</translation>
    </message>
    <message>
        <source>Preflight response</source>
        <translation>Réponse au preflight</translation>
    </message>
    <message>
        <source>Preflight response status</source>
        <translation>Statut de la réponse au preflight</translation>
    </message>
    <message>
        <source>answers OPTIONS requests with Access-Control-Request-Method</source>
        <translation>répond aux requêtes OPTIONS avec Access-Control-Request-Method</translation>
    </message>
    <message>
        <source>Preflight response header lines</source>
        <translation>Lignes d’en-tête de la réponse au preflight</translation>
    </message>
    <message>
        <source>Actual response</source>
        <translation>Réponse réelle</translation>
    </message>
    <message>
        <source>Actual response status</source>
        <translation>Statut de la réponse réelle</translation>
    </message>
    <message>
        <source>answers every other request</source>
        <translation>répond à toutes les autres requêtes</translation>
    </message>
    <message>
        <source>Actual response header lines</source>
        <translation>Lignes d’en-tête de la réponse réelle</translation>
    </message>
</context>
<context>
    <name>MiddlewareForm</name>
    <message>
        <source>Middleware options</source>
        <translation>Options du middleware</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: the origins whose pages may read responses, one per line, exactly as browsers send them: scheme://host[:port], no path, no trailing slash. &quot;*&quot; allows any origin (but never for requests with credentials). Default: none.</source>
        <translation>Access-Control-Allow-Origin : les origines dont les pages peuvent lire les réponses, une par ligne, exactement comme les navigateurs les envoient : schéma://hôte[:port], sans chemin ni barre oblique finale. &quot;*&quot; autorise toute origine (mais jamais pour les requêtes avec identifiants). Par défaut : aucune.</translation>
    </message>
    <message>
        <source>Origin regex</source>
        <translation>Regex d&apos;origine</translation>
    </message>
    <message>
        <source>allow_origin_regex: a regular expression that must match the whole Origin, e.g. https://.*\.example\.org. Default: none.</source>
        <translation>allow_origin_regex : une expression régulière qui doit correspondre à tout l&apos;en-tête Origin, p. ex. https://.*\.example\.org. Par défaut : aucune.</translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation>Méthodes autorisées</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods on preflight responses: methods other than GET, HEAD and POST need to be listed. &quot;*&quot; means DELETE GET HEAD OPTIONS PATCH POST PUT. Compared case-sensitively. Default: GET.</source>
        <translation>Access-Control-Allow-Methods dans les réponses aux preflights : les méthodes autres que GET, HEAD et POST doivent y figurer. &quot;*&quot; signifie DELETE GET HEAD OPTIONS PATCH POST PUT. Comparaison sensible à la casse. Par défaut : GET.</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>En-têtes autorisés</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers on preflight responses: request headers a page may send beyond the safelisted ones. Accept, Accept-Language, Content-Language and Content-Type are always allowed. &quot;*&quot; mirrors whatever is requested. Default: none.</source>
        <translation>Access-Control-Allow-Headers dans les réponses aux preflights : en-têtes de requête qu&apos;une page peut envoyer en plus des en-têtes simples. Accept, Accept-Language, Content-Language et Content-Type sont toujours autorisés. &quot;*&quot; renvoie tout ce qui est demandé. Par défaut : aucun.</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Credentials: true. Needed when the page sends credentials (fetch with credentials: &quot;include&quot;); then Access-Control-Allow-Origin must name the origin, never &quot;*&quot;. Default: off.</source>
        <translation>Access-Control-Allow-Credentials: true. Nécessaire quand la page envoie des identifiants (fetch avec credentials: &quot;include&quot;) ; Access-Control-Allow-Origin doit alors indiquer l&apos;origine, jamais &quot;*&quot;. Par défaut : désactivé.</translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation>Autoriser les identifiants</translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation>En-têtes exposés</translation>
    </message>
    <message>
        <source>Access-Control-Expose-Headers: response headers JavaScript may read besides Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified and Pragma. Default: none.</source>
        <translation>Access-Control-Expose-Headers : en-têtes de réponse que JavaScript peut lire en plus de Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified et Pragma. Par défaut : aucun.</translation>
    </message>
    <message>
        <source>Preflight max age (s)</source>
        <translation>Durée de cache du preflight (s)</translation>
    </message>
    <message>
        <source>Access-Control-Max-Age: how long a browser may cache a preflight. Chromium caps it at 7200 s (2 hours), Firefox at 86400 s; 0 disables caching. Default: 600.</source>
        <translation>Access-Control-Max-Age : durée pendant laquelle un navigateur peut garder un preflight en cache. Chromium la plafonne à 7200 s (2 heures), Firefox à 86400 s ; 0 désactive le cache. Par défaut : 600.</translation>
    </message>
    <message>
        <source>Preflight max age in seconds</source>
        <translation>Durée de cache du preflight en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Proxy to</source>
        <translation>Proxy vers</translation>
    </message>
    <message>
        <source>Proxy mode, as a CORS debugging proxy: forward every request except preflights to this http:// URL and put the CORS headers above on its answer. Empty: answer locally. Default: none.</source>
        <translation>Mode proxy, comme un proxy de débogage CORS : relayer chaque requête sauf les preflights vers cette URL http:// et ajouter les en-têtes CORS ci-dessus à sa réponse. Vide : répondre localement. Par défaut : aucun.</translation>
    </message>
    <message>
        <source>Proxy upstream URL</source>
        <translation>URL amont du proxy</translation>
    </message>
    <message>
        <source>none yet, e.g. http://localhost:3000</source>
        <translation>aucune pour l’instant, p. ex. http://localhost:3000</translation>
    </message>
    <message>
        <source>No origin is allowed yet: add the page&apos;s origin, such as http://localhost:3000, and press Enter.</source>
        <translation>Aucune origine n’est encore autorisée&#xa0;: ajoutez l’origine de la page, par exemple http://localhost:3000, et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>none, e.g. https://.*\.example\.org</source>
        <translation>aucune, p. ex. https://.*\.example\.org</translation>
    </message>
    <message>
        <source>none, e.g. PUT</source>
        <translation>aucune, p. ex. PUT</translation>
    </message>
    <message>
        <source>none, e.g. X-API-Key</source>
        <translation>aucun, p. ex. X-API-Key</translation>
    </message>
    <message>
        <source>none, e.g. X-Request-ID</source>
        <translation>aucun, p. ex. X-Request-ID</translation>
    </message>
    <message>
        <source>off, e.g. http://127.0.0.1:9000</source>
        <translation>désactivé, p. ex. http://127.0.0.1:9000</translation>
    </message>
</context>
<context>
    <name>OptionLiteral</name>
    <message>
        <source>unexpected &quot;%1&quot; after the value</source>
        <translation>&quot;%1&quot; inattendu après la valeur</translation>
    </message>
    <message>
        <source>the string is not closed: add %1 at its end</source>
        <translation>la chaîne n&apos;est pas fermée : ajoutez %1 à la fin</translation>
    </message>
    <message>
        <source>the list is not closed: add %1 at its end</source>
        <translation>la liste n&apos;est pas fermée : ajoutez %1 à la fin</translation>
    </message>
    <message>
        <source>write a comma between the list&apos;s values</source>
        <translation>écrivez une virgule entre les valeurs de la liste</translation>
    </message>
    <message>
        <source>the regular expression is not closed: add / at its end</source>
        <translation>l&apos;expression régulière n&apos;est pas fermée : ajoutez / à la fin</translation>
    </message>
    <message>
        <source>regular expression flags are not supported here</source>
        <translation>les drapeaux (flags) d&apos;expression régulière ne sont pas pris en charge ici</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <source>%1 is not a value here: put text in quotes, such as &apos;%1&apos;</source>
        <translation>%1 n&apos;est pas une valeur ici : mettez le texte entre guillemets, comme &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>OriginComparison</name>
    <message>
        <source>%1: scheme and host are compared in lower case.</source>
        <translation>%1 : le schéma et l&apos;hôte sont comparés en minuscules.</translation>
    </message>
    <message>
        <source>%1: no port given, so the default %2 for %3 applies.</source>
        <translation>%1 : aucun port indiqué, donc le port par défaut %2 de %3 s&apos;applique.</translation>
    </message>
    <message>
        <source>%1: the path, query and fragment are not part of the origin. Access-Control-Allow-Origin is compared as text, though, so &quot;%2/&quot; there would not match &quot;%2&quot;.</source>
        <translation>%1 : le chemin, la chaîne de requête et le fragment ne font pas partie de l&apos;origine. Access-Control-Allow-Origin est cependant comparé comme du texte, donc &quot;%2/&quot; écrit dans cet en-tête ne correspondrait pas à &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>not a URL with scheme and host, such as http://localhost:3000</source>
        <translation>pas une URL avec schéma et hôte, comme http://localhost:3000</translation>
    </message>
    <message>
        <source>The schemes differ: %1 and %2.</source>
        <translation>Les schémas diffèrent : %1 et %2.</translation>
    </message>
    <message>
        <source>The hosts differ: %1 and %2 (even if both reach the same machine, as localhost and 127.0.0.1 do).</source>
        <translation>Les hôtes diffèrent : %1 et %2 (même s&apos;ils mènent à la même machine, comme localhost et 127.0.0.1).</translation>
    </message>
    <message>
        <source>The ports differ: %1 and %2.</source>
        <translation>Les ports diffèrent : %1 et %2.</translation>
    </message>
</context>
<context>
    <name>OriginInspector</name>
    <message>
        <source>Origin inspector</source>
        <translation>Inspecteur d&apos;origine</translation>
    </message>
    <message>
        <source>First URL</source>
        <translation>Première URL</translation>
    </message>
    <message>
        <source>http://localhost:3000</source>
        <translation>http://localhost:3000</translation>
    </message>
    <message>
        <source>A page URL or an origin</source>
        <translation>Une URL de page ou une origine</translation>
    </message>
    <message>
        <source>Second URL</source>
        <translation>Deuxième URL</translation>
    </message>
    <message>
        <source>http://localhost:3000/</source>
        <translation>http://localhost:3000/</translation>
    </message>
    <message>
        <source>Another URL or origin to compare with</source>
        <translation>Une autre URL ou origine à comparer</translation>
    </message>
    <message>
        <source>Scheme, host and port of both</source>
        <translation>Schéma, hôte et port des deux</translation>
    </message>
    <message>
        <source>Same-origin verdict</source>
        <translation>Verdict de même origine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Enter two URLs such as http://localhost:3000/app.</source>
        <translation>Saisissez deux URL, comme http://localhost:3000/app.</translation>
    </message>
    <message>
        <source>✔ Same origin</source>
        <translation>✔ Même origine</translation>
    </message>
    <message>
        <source>✖ Different origins</source>
        <translation>✖ Origines différentes</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>%1: cannot read the policy file: %2</source>
        <translation>%1 : impossible de lire le fichier de politique : %2</translation>
    </message>
    <message>
        <source>%1: cannot save the policy: %2</source>
        <translation>%1 : impossible d&apos;enregistrer la politique : %2</translation>
    </message>
</context>
<context>
    <name>PolicyFiles</name>
    <message>
        <source>Open policy</source>
        <translation>Ouvrir une politique</translation>
    </message>
    <message>
        <source>Policy JSON (*.json);;All files (*)</source>
        <translation>Politique JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Policy not loaded</source>
        <translation>Politique non chargée</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>Policy JSON (*.json)</source>
        <translation>Politique JSON (*.json)</translation>
    </message>
    <message>
        <source>Policy not saved</source>
        <translation>Politique non enregistrée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Save trace as HAR</source>
        <translation>Enregistrer la trace en HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Archive HTTP (*.har)</translation>
    </message>
    <message>
        <source>Trace not saved</source>
        <translation>Trace non enregistrée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown key; the known keys are %1.</source>
        <translation>clé inconnue ; les clés connues sont %1.</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>clé inconnue ; vouliez-vous dire &quot;%1&quot; ?</translation>
    </message>
    <message>
        <source>must be a list of strings, such as [&quot;%1&quot;], not %2.</source>
        <translation>doit être une liste de chaînes, comme [&quot;%1&quot;], et non %2.</translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation>doit être une chaîne, et non %1.</translation>
    </message>
    <message>
        <source>must be a string or null, not %1.</source>
        <translation>doit être une chaîne ou null, et non %1.</translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation>doit être true ou false, et non %1.</translation>
    </message>
    <message>
        <source>must be %1 from %2 to %3 (got %4).</source>
        <translation>doit être %1 de %2 à %3 (reçu : %4).</translation>
    </message>
    <message>
        <source>must be an object, not %1.</source>
        <translation>doit être un objet, et non %1.</translation>
    </message>
    <message>
        <source>must be a list of [name, value] pairs, such as [[&quot;Access-Control-Allow-Origin&quot;, &quot;*&quot;]], not %1.</source>
        <translation>doit être une liste de paires [nom, valeur], comme [[&quot;Access-Control-Allow-Origin&quot;, &quot;*&quot;]], et non %1.</translation>
    </message>
    <message>
        <source>must be a pair of two strings, [name, value].</source>
        <translation>doit être une paire de deux chaînes, [nom, valeur].</translation>
    </message>
    <message>
        <source>an HTTP status</source>
        <translation>un statut HTTP</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON non valide : %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>a policy must be a JSON object { ... }.</source>
        <translation>une politique doit être un objet JSON { ... }.</translation>
    </message>
    <message>
        <source>must be &quot;middleware&quot; or &quot;manual&quot;, not &quot;%1&quot;.</source>
        <translation>doit être &quot;middleware&quot; ou &quot;manual&quot;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>un nombre entier de secondes</translation>
    </message>
    <message>
        <source>a regular expression is written {&quot;regex&quot;: &quot;^https://.*&quot;}.</source>
        <translation>une expression régulière s&apos;écrit {&quot;regex&quot;: &quot;^https://.*&quot;}.</translation>
    </message>
    <message>
        <source>must be a string or {&quot;regex&quot;: &quot;...&quot;}, not %1.</source>
        <translation>doit être une chaîne ou {&quot;regex&quot;: &quot;...&quot;}, et non %1.</translation>
    </message>
    <message>
        <source>must be a string, true, false, a list or {&quot;regex&quot;: &quot;...&quot;}, not %1.</source>
        <translation>doit être une chaîne, true, false, une liste ou {&quot;regex&quot;: &quot;...&quot;}, et non %1.</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;%1&quot;]: django-cors-headers would read a string one character at a time.</source>
        <translation>doit être une liste, comme [&quot;%1&quot;] : django-cors-headers lirait une chaîne caractère par caractère.</translation>
    </message>
    <message>
        <source>must be a whole number of seconds: django-cors-headers&apos; check corsheaders.E004 refuses None.</source>
        <translation>doit être un nombre entier de secondes : la vérification corsheaders.E004 de django-cors-headers refuse None.</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;.</source>
        <translation>doit être l&apos;une des valeurs %1, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>must be a whole number of seconds or null (got %1).</source>
        <translation>doit être un nombre entier de secondes ou null (reçu : %1).</translation>
    </message>
    <message>
        <source>must be a string or a list of strings, not %1.</source>
        <translation>doit être une chaîne ou une liste de chaînes, et non %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Start with this policy file.</source>
        <translation>Démarrer avec ce fichier de politique.</translation>
    </message>
    <message>
        <source>Server port (default 8000, or a free one when taken).</source>
        <translation>Port du serveur (8000 par défaut, ou un port libre s&apos;il est pris).</translation>
    </message>
    <message>
        <source>Page origin for the composer.</source>
        <translation>Origine de la page pour l&apos;éditeur de requête.</translation>
    </message>
    <message>
        <source>Method for the composer.</source>
        <translation>Méthode pour l&apos;éditeur de requête.</translation>
    </message>
    <message>
        <source>omit, same-origin or include.</source>
        <translation>omit, same-origin ou include.</translation>
    </message>
    <message>
        <source>Cookies the browser holds for the target.</source>
        <translation>Cookies que le navigateur détient pour la cible.</translation>
    </message>
    <message>
        <source>Send the composed request at start.</source>
        <translation>Envoyer la requête composée au démarrage.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Enregistrer une capture d&apos;écran de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>CORS Playground</source>
        <translation>CORS Playground</translation>
    </message>
    <message>
        <source>The CORS server could not start: %1</source>
        <translation>Le serveur CORS n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Load a classroom scenario by id.</source>
        <translation>Charger un scénario de classe par son id.</translation>
    </message>
    <message>
        <source>Text size in percent.</source>
        <translation>Taille du texte en pourcentage.</translation>
    </message>
    <message>
        <source>Start in predict mode.</source>
        <translation>Démarrer en mode prédiction.</translation>
    </message>
    <message>
        <source>Start with high contrast colours.</source>
        <translation>Démarrer en contraste élevé.</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;; the scenarios are:</source>
        <translation>aucun scénario « %1 » ; les scénarios sont :</translation>
    </message>
    <message>
        <source>Port of the real-browser demo page (default 8001, or a free one when taken; 0 for any free port).</source>
        <translation>Port de la page de démonstration pour un vrai navigateur (8001 par défaut, ou un port libre s’il est pris ; 0 pour n’importe quel port libre).</translation>
    </message>
    <message>
        <source>not a port number: &quot;%1&quot;</source>
        <translation>pas un numéro de port : « %1 »</translation>
    </message>
    <message>
        <source>The demo page could not use port %1 (%2) and is on %3 instead.</source>
        <translation>La page de démonstration n’a pas pu utiliser le port %1 (%2) et est sur %3 à la place.</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. 1920x1080.</source>
        <translation>Taille de la fenêtre en pixels, p. ex. 1920x1080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size such as 1920x1080</source>
        <translation>« %1 » n’est pas une taille comme 1920x1080</translation>
    </message>
    <message>
        <source>result, sequence, log, inspector or compare (the four libraries&apos; answers).</source>
        <translation>result, sequence, log, inspector ou compare (les réponses des quatre bibliothèques).</translation>
    </message>
</context>
<context>
    <name>RawHttpClient</name>
    <message>
        <source>no complete response within %1 ms</source>
        <translation>aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>only http:// and https:// URLs can be sent (got %1://)</source>
        <translation>seules les URL http:// et https:// peuvent être envoyées (reçu %1://)</translation>
    </message>
</context>
<context>
    <name>RealBrowserComparison</name>
    <message>
        <source>Status %1.</source>
        <translation>Statut %1.</translation>
    </message>
    <message>
        <source>Loaded, but the response is opaque: the page cannot read it.</source>
        <translation>Chargé, mais la réponse est opaque : la page ne peut pas la lire.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Chargé.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation>Origine de la page</translation>
    </message>
    <message>
        <source>The origin of the page that calls fetch(): scheme://host[:port]. The browser sends it in the Origin header.</source>
        <translation>L&apos;origine de la page qui appelle fetch() : schéma://hôte[:port]. Le navigateur l&apos;envoie dans l&apos;en-tête Origin.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>/api/data</source>
        <translation>/api/data</translation>
    </message>
    <message>
        <source>A path on the playground server (/api/data) or any http:// URL.</source>
        <translation>Un chemin sur le serveur du playground (/api/data) ou toute URL http://.</translation>
    </message>
    <message>
        <source>Target path or URL</source>
        <translation>Chemin ou URL cible</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>As written in fetch(). GET, HEAD and POST may go without a preflight; fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT.</source>
        <translation>Telle qu&apos;écrite dans fetch(). GET, HEAD et POST peuvent se passer de preflight ; fetch() ne met en majuscules que DELETE, GET, HEAD, OPTIONS, POST et PUT.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>fetch() credentials mode. &quot;include&quot; sends cookies cross-origin; then the server must answer with the exact origin and Access-Control-Allow-Credentials: true.</source>
        <translation>Mode des identifiants (credentials) de fetch(). &quot;include&quot; envoie les cookies en multi-origine ; le serveur doit alors répondre avec l&apos;origine exacte et Access-Control-Allow-Credentials: true.</translation>
    </message>
    <message>
        <source>Credentials mode</source>
        <translation>Mode des identifiants</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>fetch() mode. no-cors allows only GET, HEAD and POST with safelisted headers and gives an opaque response the page cannot read.</source>
        <translation>Mode de fetch(). no-cors n&apos;autorise que GET, HEAD et POST avec des en-têtes simples et donne une réponse opaque que la page ne peut pas lire.</translation>
    </message>
    <message>
        <source>Request mode</source>
        <translation>Mode de la requête</translation>
    </message>
    <message>
        <source>Browser cookies</source>
        <translation>Cookies du navigateur</translation>
    </message>
    <message>
        <source>Cookies the browser already holds for the target site, like a login session. The browser adds them itself when the credentials mode allows; a page cannot set the Cookie header.</source>
        <translation>Cookies que le navigateur détient déjà pour le site cible, comme une session de connexion. Le navigateur les ajoute lui-même si le mode des identifiants le permet ; une page ne peut pas définir l&apos;en-tête Cookie.</translation>
    </message>
    <message>
        <source>Cookies the browser holds</source>
        <translation>Cookies détenus par le navigateur</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request headers the page sets. Anything beyond Accept, Accept-Language, Content-Language and a simple Content-Type makes the request preflighted.</source>
        <translation>En-têtes de requête définis par la page. Tout ce qui va au-delà de Accept, Accept-Language, Content-Language et d&apos;un Content-Type simple impose un preflight à la requête.</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de requête</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Send a string body (fetch adds Content-Type: text/plain;charset=UTF-8 unless you set one).</source>
        <translation>Envoyer un corps de type chaîne (fetch ajoute Content-Type: text/plain;charset=UTF-8 sauf si vous en définissez un).</translation>
    </message>
    <message>
        <source>Send a body</source>
        <translation>Envoyer un corps</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>What kind of request this is</source>
        <translation>Type de cette requête</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Run the request in the simulated browser (Ctrl+Enter)</source>
        <translation>Exécuter la requête dans le navigateur simulé (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la requête</translation>
    </message>
    <message>
        <source>Page origin: %1</source>
        <translation>Origine de la page : %1</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not an origin a page can have.</source>
        <translation>&quot;*&quot; n&apos;est pas une origine possible pour une page.</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Cannot send. %1</source>
        <translation>Envoi impossible. %1</translation>
    </message>
    <message>
        <source>Target: enter a path such as /api/data or an http(s):// URL.</source>
        <translation>Cible : saisissez un chemin comme /api/data ou une URL http(s)://.</translation>
    </message>
    <message>
        <source>none, e.g. session=abc</source>
        <translation>aucun, p. ex. session=abc</translation>
    </message>
    <message>
        <source>empty, e.g. {&quot;hello&quot;: &quot;world&quot;}</source>
        <translation>vide, p. ex. {&quot;hello&quot;: &quot;world&quot;}</translation>
    </message>
    <message>
        <source>The playground&apos;s server is stopped: start it (Ctrl+R) to send to %1.</source>
        <translation>Le serveur du playground est arrêté&#xa0;: démarrez-le (Ctrl+R) pour envoyer à %1.</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <source>What sends the request. Chromium words its error after it (&quot;Access to XMLHttpRequest at ...&quot;), and each one has its own mode, credentials and headers: axios and jQuery use XMLHttpRequest; @font-face is always CORS; an element without crossorigin loads without CORS and gives the page an opaque response.</source>
        <translation>Ce qui envoie la requête. Chromium nomme son erreur d’après lui (« Access to XMLHttpRequest at ... »), et chacun a son mode, ses identifiants et ses en-têtes : axios et jQuery utilisent XMLHttpRequest ; @font-face est toujours CORS ; un élément sans crossorigin charge sans CORS et donne à la page une réponse opaque.</translation>
    </message>
    <message>
        <source>What sends the request</source>
        <translation>Ce qui envoie la requête</translation>
    </message>
    <message>
        <source>The element&apos;s crossorigin attribute. Without it, the load is no-cors: it works, but the page cannot read the result (a tainted canvas, &quot;Script error.&quot;, unreadable CSS rules). anonymous: CORS without cookies; use-credentials: CORS with cookies. Module scripts always use CORS.</source>
        <translation>L’attribut crossorigin de l’élément. Sans lui, le chargement est no-cors : il fonctionne, mais la page ne peut pas lire le résultat (un canvas souillé, « Script error. », des règles CSS illisibles). anonymous : CORS sans cookies ; use-credentials : CORS avec cookies. Les scripts modules utilisent toujours CORS.</translation>
    </message>
    <message>
        <source>crossorigin attribute</source>
        <translation>attribut crossorigin</translation>
    </message>
    <message>
        <source>no crossorigin</source>
        <translation>sans crossorigin</translation>
    </message>
    <message>
        <source>Upload listener</source>
        <translation>Écouteur d’envoi</translation>
    </message>
    <message>
        <source>XMLHttpRequest only: xhr.upload.onprogress registered before send(), as an upload progress bar does. With a body it makes even a simple request preflighted.</source>
        <translation>XMLHttpRequest seulement : xhr.upload.onprogress enregistré avant send(), comme le fait une barre de progression d’envoi. Avec un corps, même une requête simple passe alors par un preflight.</translation>
    </message>
    <message>
        <source>Register an upload listener</source>
        <translation>Enregistrer un écouteur d’envoi</translation>
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
        <translation>Réseau local</translation>
    </message>
    <message>
        <source>Local Network Access (Chromium 142 and later): a page may call a more private address space (public &lt; local &lt; loopback) only with the user&apos;s permission, and only from a secure context. Nothing is sent, not even a preflight, until it is allowed.</source>
        <translation>Local Network Access (à partir de Chromium 142) : une page ne peut appeler un espace d&apos;adressage plus privé (public &lt; local &lt; loopback) qu&apos;avec l&apos;autorisation de l&apos;utilisateur, et seulement depuis un contexte sécurisé. Rien n&apos;est envoyé, pas même un preflight, tant que ce n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The page&apos;s address space. From its host: localhost and 127.0.0.1 are loopback, 10.x, 192.168.x and *.local are local, any other name is public.</source>
        <translation>L&apos;espace d&apos;adressage de la page. D&apos;après son hôte : localhost et 127.0.0.1 sont loopback, 10.x, 192.168.x et *.local sont local, tout autre nom est public.</translation>
    </message>
    <message>
        <source>Page address space</source>
        <translation>Espace d&apos;adressage de la page</translation>
    </message>
    <message>
        <source>Page: from its host</source>
        <translation>Page : d&apos;après son hôte</translation>
    </message>
    <message>
        <source>Page: public</source>
        <translation>Page : public</translation>
    </message>
    <message>
        <source>Page: local</source>
        <translation>Page : local</translation>
    </message>
    <message>
        <source>Page: loopback</source>
        <translation>Page : loopback</translation>
    </message>
    <message>
        <source>The server&apos;s address space. The playground&apos;s server stands in for your API: by default it is where the page is, so nothing is asked. Choose loopback to play a public site calling your localhost API.</source>
        <translation>L&apos;espace d&apos;adressage du serveur. Le serveur du playground tient lieu de votre API : par défaut, il est là où est la page, donc rien n&apos;est demandé. Choisissez loopback pour simuler un site public qui appelle votre API sur localhost.</translation>
    </message>
    <message>
        <source>Server address space</source>
        <translation>Espace d&apos;adressage du serveur</translation>
    </message>
    <message>
        <source>Server: same as the page</source>
        <translation>Serveur : comme la page</translation>
    </message>
    <message>
        <source>Server: public</source>
        <translation>Serveur : public</translation>
    </message>
    <message>
        <source>Server: local</source>
        <translation>Serveur : local</translation>
    </message>
    <message>
        <source>Server: loopback</source>
        <translation>Serveur : loopback</translation>
    </message>
    <message>
        <source>What the user answered when Chromium asked for the local-network (or loopback-network) permission. Not answered: Chromium asks now and sends nothing while it waits; the verdict is what follows a dismissal, as in headless Chromium.</source>
        <translation>Ce que l&apos;utilisateur a répondu quand Chromium a demandé l&apos;autorisation local-network (ou loopback-network). Sans réponse : Chromium demande maintenant et n&apos;envoie rien pendant qu&apos;il attend ; le verdict est celui qui suit une fermeture de la demande, comme dans Chromium headless.</translation>
    </message>
    <message>
        <source>Local network permission</source>
        <translation>Autorisation du réseau local</translation>
    </message>
    <message>
        <source>Permission: granted</source>
        <translation>Autorisation : accordée</translation>
    </message>
    <message>
        <source>Permission: denied</source>
        <translation>Autorisation : refusée</translation>
    </message>
    <message>
        <source>fetch()&apos;s targetAddressSpace option. It must be the server&apos;s real space, or Chromium refuses the request before anything else.</source>
        <translation>L&apos;option targetAddressSpace de fetch(). Elle doit correspondre à l&apos;espace réel du serveur, sinon Chromium refuse la requête avant toute autre chose.</translation>
    </message>
    <message>
        <source>targetAddressSpace</source>
        <translation>targetAddressSpace</translation>
    </message>
    <message>
        <source>targetAddressSpace: not set</source>
        <translation>targetAddressSpace : non défini</translation>
    </message>
    <message>
        <source>targetAddressSpace: public</source>
        <translation>targetAddressSpace : public</translation>
    </message>
    <message>
        <source>targetAddressSpace: local</source>
        <translation>targetAddressSpace : local</translation>
    </message>
    <message>
        <source>targetAddressSpace: loopback</source>
        <translation>targetAddressSpace : loopback</translation>
    </message>
    <message>
        <source>Permission: prompt</source>
        <translation>Autorisation : en attente</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>preflight</source>
        <translation>preflight</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>not CORS</source>
        <translation>hors CORS</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Dropped entries</source>
        <translation>Entrées supprimées</translation>
    </message>
    <message>
        <source>The log keeps the newest entries; older ones are dropped and counted here.</source>
        <translation>Le journal conserve les entrées les plus récentes ; les plus anciennes sont supprimées et comptées ici.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget every logged request</source>
        <translation>Oublier toutes les requêtes journalisées</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Effacer le journal des requêtes</translation>
    </message>
    <message>
        <source>Requests the server received</source>
        <translation>Requêtes reçues par le serveur</translation>
    </message>
    <message>
        <source>Every request the server received: from the composer, curl or a real browser</source>
        <translation>Toutes les requêtes reçues par le serveur : depuis l&apos;éditeur de requête, curl ou un vrai navigateur</translation>
    </message>
    <message>
        <source>Headers of the selected request</source>
        <translation>En-têtes de la requête sélectionnée</translation>
    </message>
    <message>
        <source>Select a request to see its headers.</source>
        <translation>Sélectionnez une requête pour voir ses en-têtes.</translation>
    </message>
    <message>
        <source>Answered %1 in %2 ms: %3</source>
        <translation>Réponse %1 en %2 ms : %3</translation>
    </message>
    <message>
        <source>Nothing dropped</source>
        <translation>Aucune entrée supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) dropped to keep the log bounded</source>
        <translation>
            <numerusform>%n requête ancienne supprimée pour limiter la taille du journal</numerusform>
            <numerusform>%n requêtes anciennes supprimées pour limiter la taille du journal</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source>How many requests the log keeps; older ones are dropped and counted.</source>
        <translation>Combien de requêtes le journal garde ; les plus anciennes sont abandonnées et comptées.</translation>
    </message>
    <message>
        <source>How many requests the log keeps</source>
        <translation>Combien de requêtes le journal garde</translation>
    </message>
    <message>
        <source>(hidden until Reveal)</source>
        <translation>(masqué jusqu’à la révélation)</translation>
    </message>
</context>
<context>
    <name>RequestPreparation</name>
    <message>
        <source>%1 is a forbidden header: fetch() drops it.</source>
        <translation>%1 est un en-tête interdit : fetch() le supprime.</translation>
    </message>
    <message>
        <source>%1 is not safelisted: no-cors mode drops it.</source>
        <translation>%1 n&apos;est pas un en-tête simple : le mode no-cors le supprime.</translation>
    </message>
    <message>
        <source>A string body makes fetch() add Content-Type: text/plain;charset=UTF-8.</source>
        <translation>Un corps de type chaîne fait ajouter Content-Type: text/plain;charset=UTF-8 par fetch().</translation>
    </message>
    <message>
        <source>the method %1 is not GET, HEAD or POST</source>
        <translation>la méthode %1 n&apos;est ni GET, ni HEAD, ni POST</translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation>en-tête %1 : %2</translation>
    </message>
    <message>
        <source>fetch() will throw: %1</source>
        <translation>fetch() lèvera une exception : %1</translation>
    </message>
    <message>
        <source>Same origin: no CORS at all.</source>
        <translation>Même origine : pas de CORS du tout.</translation>
    </message>
    <message>
        <source>no-cors: sent without a preflight; the page gets an opaque response it cannot read.</source>
        <translation>no-cors : envoyée sans preflight ; la page reçoit une réponse opaque qu&apos;elle ne peut pas lire.</translation>
    </message>
    <message>
        <source>Simple request: sent at once, no preflight.</source>
        <translation>Requête simple : envoyée directement, sans preflight.</translation>
    </message>
    <message>
        <source>Preflighted: an OPTIONS request goes first, because %1.</source>
        <translation>Avec preflight : une requête OPTIONS part d&apos;abord, car %1.</translation>
    </message>
    <message>
        <source>A font or an element always loads with GET and the browser&apos;s own headers: the method, headers and body were left out.</source>
        <translation>Une police ou un élément charge toujours avec GET et les en-têtes propres au navigateur : la méthode, les en-têtes et le corps ont été laissés de côté.</translation>
    </message>
    <message>
        <source>%1 is a forbidden header: setRequestHeader() refuses it.</source>
        <translation>%1 est un en-tête interdit : setRequestHeader() le refuse.</translation>
    </message>
    <message>
        <source>send() ignores a body for GET and HEAD: none is sent.</source>
        <translation>send() ignore un corps pour GET et HEAD : aucun n’est envoyé.</translation>
    </message>
    <message>
        <source>A string body makes send() add Content-Type: text/plain;charset=UTF-8.</source>
        <translation>Un corps de type chaîne fait ajouter par send() Content-Type: text/plain;charset=UTF-8.</translation>
    </message>
    <message>
        <source>an upload listener was registered before send()</source>
        <translation>un écouteur d’envoi a été enregistré avant send()</translation>
    </message>
    <message>
        <source>open() will throw: %1</source>
        <translation>open() lèvera : %1</translation>
    </message>
    <message>
        <source>No crossorigin attribute: loaded without CORS; it works, but the page gets an opaque response it cannot read.</source>
        <translation>Pas d’attribut crossorigin : chargé sans CORS ; cela fonctionne, mais la page reçoit une réponse opaque qu’elle ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Send a request to see what the browser does.</source>
        <translation>Envoyez une requête pour voir ce que fait le navigateur.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>The message Chromium prints in the console for this request</source>
        <translation>Le message que Chromium affiche dans la console pour cette requête</translation>
    </message>
    <message>
        <source>Chromium console message</source>
        <translation>Message de la console Chromium</translation>
    </message>
    <message>
        <source>What Firefox prints for the same failure</source>
        <translation>Ce que Firefox affiche pour le même échec</translation>
    </message>
    <message>
        <source>Firefox console message</source>
        <translation>Message de la console Firefox</translation>
    </message>
    <message>
        <source>Explanation and fix</source>
        <translation>Explication et solution</translation>
    </message>
    <message>
        <source>Trace and sequence diagram</source>
        <translation>Trace et diagramme de séquence</translation>
    </message>
    <message>
        <source>Header trace</source>
        <translation>Trace des en-têtes</translation>
    </message>
    <message>
        <source>Every line as sent and received. Lines the browser checked say PASS or FAIL; hover for the rule.</source>
        <translation>Chaque ligne telle qu&apos;envoyée et reçue. Les lignes vérifiées par le navigateur indiquent OK ou ÉCHEC ; survolez-les pour voir la règle.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi...</translation>
    </message>
    <message>
        <source>✔ ALLOWED (%1 response)</source>
        <translation>✔ AUTORISÉE (réponse %1)</translation>
    </message>
    <message>
        <source>✖ BLOCKED (%1)</source>
        <translation>✖ BLOQUÉE (%1)</translation>
    </message>
    <message>
        <source>Firefox: %1</source>
        <translation>Firefox : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Preflight (from the browser&apos;s cache)</source>
        <translation>Preflight (depuis le cache du navigateur)</translation>
    </message>
    <message>
        <source>Preflight, needed because %1</source>
        <translation>Preflight, nécessaire car %1</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Actual request</source>
        <translation>Requête réelle</translation>
    </message>
    <message>
        <source>JavaScript can read: %1</source>
        <translation>JavaScript peut lire : %1</translation>
    </message>
    <message>
        <source>   PASS</source>
        <translation>   OK</translation>
    </message>
    <message>
        <source>   FAIL</source>
        <translation>   ÉCHEC</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>PASS %1: %2</source>
        <translation>OK %1 : %2</translation>
    </message>
    <message>
        <source>FAIL %1: %2</source>
        <translation>ÉCHEC %1 : %2</translation>
    </message>
    <message>
        <source>Lesson of the scenario</source>
        <translation>Leçon du scénario</translation>
    </message>
    <message>
        <source>Predict first: will the browser allow this request? Then reveal the verdict.</source>
        <translation>Prédisez d&apos;abord : le navigateur va-t-il autoriser cette requête ? Puis révélez le verdict.</translation>
    </message>
    <message>
        <source>Prediction prompt</source>
        <translation>Invite de prédiction</translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Shift+Space)</source>
        <translation>Révéler (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Show what the browser did</source>
        <translation>Montrer ce qu&apos;a fait le navigateur</translation>
    </message>
    <message>
        <source>Reveal the verdict</source>
        <translation>Révéler le verdict</translation>
    </message>
    <message>
        <source>What a real browser reported from the demo page for the same request</source>
        <translation>Ce qu&apos;un vrai navigateur a rapporté depuis la page de démo pour la même requête</translation>
    </message>
    <message>
        <source>Real browser result</source>
        <translation>Résultat du vrai navigateur</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>Real browser (demo page): %1, as simulated. %2</source>
        <translation>Vrai navigateur (page de démo) : requête %1, comme dans la simulation. %2</translation>
    </message>
    <message>
        <source>Real browser (demo page): %1, which differs from the simulation. %2</source>
        <translation>Vrai navigateur (page de démo) : requête %1, ce qui diffère de la simulation. %2</translation>
    </message>
    <message>
        <source>Lesson, verdict and messages</source>
        <translation>Leçon, verdict et messages</translation>
    </message>
    <message>
        <source>Policy not applied</source>
        <translation>Politique non appliquée</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Réinitialiser le scénario</translation>
    </message>
    <message>
        <source>Put the scenario&apos;s policy and request back, as they were when it was loaded</source>
        <translation>Remettre la politique et la requête du scénario telles qu’elles étaient à son chargement</translation>
    </message>
    <message>
        <source>Scenario modified</source>
        <translation>Scénario modifié</translation>
    </message>
    <message>
        <source>Modified: the policy or the request differs from the scenario.</source>
        <translation>Modifié&#xa0;: la politique ou la requête diffère du scénario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predict first, then reveal: the lesson names the fix.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Prédisez d’abord, puis révélez&#xa0;: la leçon donne la correction.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Missing Access-Control-Allow-Origin</source>
        <translation>Access-Control-Allow-Origin manquant</translation>
    </message>
    <message>
        <source>The server answers, but without Access-Control-Allow-Origin the browser keeps the response from the page. The request still reached the server: CORS protects the reader, not the server. Fix: list the page&apos;s origin in allow_origins.</source>
        <translation>Le serveur répond, mais sans Access-Control-Allow-Origin le navigateur ne transmet pas la réponse à la page. La requête a pourtant atteint le serveur : CORS protège le lecteur, pas le serveur. Solution : ajoutez l&apos;origine de la page à allow_origins.</translation>
    </message>
    <message>
        <source>Wildcard origin with credentials</source>
        <translation>Origine joker avec identifiants</translation>
    </message>
    <message>
        <source>With credentials: &apos;include&apos; the browser never accepts Access-Control-Allow-Origin: *, even with Access-Control-Allow-Credentials: true. Starlette answers * unless the request carries a cookie. Fix: list the exact origin instead of *.</source>
        <translation>Avec credentials: &apos;include&apos;, le navigateur n&apos;accepte jamais Access-Control-Allow-Origin: *, même avec Access-Control-Allow-Credentials: true. Starlette répond * sauf si la requête porte un cookie. Solution : indiquez l&apos;origine exacte au lieu de *.</translation>
    </message>
    <message>
        <source>Preflight answered with 401</source>
        <translation>Réponse 401 au preflight</translation>
    </message>
    <message>
        <source>An authentication check ran before CORS and answered the OPTIONS preflight with 401. Browsers never send credentials on a preflight, so it must succeed on its own. Fix: answer OPTIONS with 2xx before any authentication.</source>
        <translation>Une vérification d&apos;authentification s&apos;est exécutée avant CORS et a répondu 401 au preflight OPTIONS. Les navigateurs n&apos;envoient jamais d&apos;identifiants avec un preflight, qui doit donc réussir seul. Solution : répondez à OPTIONS avec un 2xx avant toute authentification.</translation>
    </message>
    <message>
        <source>Custom header X-API-Key not allowed</source>
        <translation>En-tête personnalisé X-API-Key non autorisé</translation>
    </message>
    <message>
        <source>X-API-Key is not a CORS-safelisted header, so the browser asks first with a preflight, and Access-Control-Allow-Headers must list it. Fix: add X-API-Key to allow_headers.</source>
        <translation>X-API-Key n&apos;est pas un en-tête CORS simple (safelisted), donc le navigateur demande d&apos;abord avec une requête de pré-vérification (preflight), et Access-Control-Allow-Headers doit le mentionner. Solution : ajoutez X-API-Key à allow_headers.</translation>
    </message>
    <message>
        <source>Origin with a trailing slash</source>
        <translation>Origine avec barre oblique finale</translation>
    </message>
    <message>
        <source>Browsers send the origin without a path, so &quot;http://localhost:3000/&quot; never equals &quot;http://localhost:3000&quot;: Access-Control-Allow-Origin is compared as text. Fix: drop the slash.</source>
        <translation>Les navigateurs envoient l&apos;origine sans chemin, donc &quot;http://localhost:3000/&quot; n&apos;est jamais égal à &quot;http://localhost:3000&quot; : Access-Control-Allow-Origin est comparé comme du texte. Solution : retirez la barre oblique.</translation>
    </message>
    <message>
        <source>Origin in the wrong case</source>
        <translation>Origine avec la mauvaise casse</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin is compared byte for byte, and browsers send the host in lower case. Fix: write the origin exactly as the browser sends it.</source>
        <translation>Access-Control-Allow-Origin est comparé octet par octet, et les navigateurs envoient l&apos;hôte en minuscules. Solution : écrivez l&apos;origine exactement comme le navigateur l&apos;envoie.</translation>
    </message>
    <message>
        <source>Credentials without Access-Control-Allow-Credentials</source>
        <translation>Identifiants sans Access-Control-Allow-Credentials</translation>
    </message>
    <message>
        <source>The origin is allowed, but the request includes credentials and the response does not say Access-Control-Allow-Credentials: true. Fix: turn on allow_credentials (with an explicit origin list).</source>
        <translation>L&apos;origine est autorisée, mais la requête inclut des identifiants et la réponse n&apos;indique pas Access-Control-Allow-Credentials: true. Solution : activez allow_credentials (avec une liste explicite d&apos;origines).</translation>
    </message>
    <message>
        <source>Method DELETE not allowed</source>
        <translation>Méthode DELETE non autorisée</translation>
    </message>
    <message>
        <source>DELETE is not GET, HEAD or POST, so it needs a preflight, and the preflight&apos;s Access-Control-Allow-Methods must list it. Fix: add DELETE to allow_methods.</source>
        <translation>DELETE n&apos;est ni GET, ni HEAD, ni POST : elle exige donc une requête de pré-vérification (preflight), dont l&apos;en-tête Access-Control-Allow-Methods doit la mentionner. Solution : ajoutez DELETE à allow_methods.</translation>
    </message>
    <message>
        <source>A proxy forwards without CORS headers</source>
        <translation>Un proxy transmet sans les en-têtes CORS</translation>
    </message>
    <message>
        <source>The API behind it sends CORS headers, but a reverse proxy in front forwards the body and drops them, so the browser sees none. Fix: let the proxy pass the headers through, or add them there.</source>
        <translation>L&apos;API derrière envoie des en-têtes CORS, mais un proxy inverse placé devant transmet le corps et les supprime : le navigateur n&apos;en voit aucun. Solution : laissez le proxy transmettre les en-têtes, ou ajoutez-les à ce niveau.</translation>
    </message>
    <message>
        <source>Simple GET with a wildcard</source>
        <translation>GET simple avec un joker</translation>
    </message>
    <message>
        <source>A GET with no custom headers is a simple request: no preflight, and Access-Control-Allow-Origin: * lets any page read it, as long as no credentials are sent.</source>
        <translation>Un GET sans en-têtes personnalisés est une requête simple : pas de preflight, et Access-Control-Allow-Origin: * permet à toute page de lire la réponse, tant qu&apos;aucun identifiant n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>A preflighted PUT that passes</source>
        <translation>Un PUT avec preflight qui passe</translation>
    </message>
    <message>
        <source>PUT needs a preflight. The server allows the origin and the method, so the browser sends the PUT right after, and caches the preflight for max_age seconds.</source>
        <translation>PUT exige une requête de pré-vérification (preflight). Le serveur autorise l&apos;origine et la méthode, donc le navigateur envoie le PUT juste après, et garde le preflight en cache pendant max_age secondes.</translation>
    </message>
    <message>
        <source>A response header JavaScript can read</source>
        <translation>Un en-tête de réponse lisible par JavaScript</translation>
    </message>
    <message>
        <source>JavaScript may read only a few response headers unless the server lists more in Access-Control-Expose-Headers. Here X-Request-ID is listed and readable; X-Internal is not.</source>
        <translation>JavaScript ne peut lire que quelques en-têtes de réponse, sauf si le serveur en liste d&apos;autres dans Access-Control-Expose-Headers. Ici, X-Request-ID est listé et lisible ; X-Internal ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Two Access-Control-Allow-Origin lines</source>
        <translation>Deux lignes Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>Two layers (say the app and a proxy) each added Access-Control-Allow-Origin. The browser combines them into one value with two origins and refuses it. Fix: add the header in one place only.</source>
        <translation>Deux couches (par exemple l&apos;application et un proxy) ont chacune ajouté Access-Control-Allow-Origin. Le navigateur les combine en une seule valeur à deux origines et la refuse. Solution : ajoutez l&apos;en-tête à un seul endroit.</translation>
    </message>
    <message>
        <source>JSON POST against Starlette&apos;s defaults</source>
        <translation>POST JSON face aux valeurs par défaut de Starlette</translation>
    </message>
    <message>
        <source>Content-Type: application/json is not safelisted, so even a POST needs a preflight; Starlette&apos;s default allow_methods is only GET, so it answers the preflight with 400. Fix: add POST to allow_methods.</source>
        <translation>Content-Type: application/json ne fait pas partie des valeurs simples, donc même un POST exige un preflight ; par défaut, allow_methods de Starlette ne contient que GET, donc il répond 400 au preflight. Solution : ajoutez POST à allow_methods.</translation>
    </message>
    <message>
        <source>Express answers the preflight 204, the browser still blocks</source>
        <translation>Express répond 204 au preflight, le navigateur bloque quand même</translation>
    </message>
    <message>
        <source>Express&apos;s cors never refuses a preflight: it answers every OPTIONS with 204 and simply leaves Access-Control-Allow-Origin out when the origin is not in its list. The Network panel shows a green 204, the console shows a CORS error. Fix: add http://localhost:3000 to origin.</source>
        <translation>Le middleware cors d&apos;Express ne refuse jamais un preflight : il répond 204 à chaque OPTIONS et omet simplement Access-Control-Allow-Origin quand l&apos;origine n&apos;est pas dans sa liste. L&apos;onglet Réseau affiche un 204 vert, la console une erreur CORS. Solution : ajoutez http://localhost:3000 à origin.</translation>
    </message>
    <message>
        <source>Express sends its one origin to everyone</source>
        <translation>Express envoie son unique origine à tout le monde</translation>
    </message>
    <message>
        <source>With origin set to one string, Express&apos;s cors sends that string to every page, matched or not. The page at http://localhost:3000 gets Access-Control-Allow-Origin: http://localhost:5173, and the browser compares and blocks. Fix: origin: [&apos;http://localhost:3000&apos;, &apos;http://localhost:5173&apos;], a list, which cors checks.</source>
        <translation>Quand origin vaut une seule chaîne, le middleware cors d&apos;Express envoie cette chaîne à chaque page, qu&apos;elle corresponde ou non. La page de http://localhost:3000 reçoit Access-Control-Allow-Origin: http://localhost:5173, et le navigateur compare et bloque. Solution : origin: [&apos;http://localhost:3000&apos;, &apos;http://localhost:5173&apos;], une liste, que cors vérifie.</translation>
    </message>
    <message>
        <source>Flask-CORS&apos;s defaults let any site read with cookies</source>
        <translation>Les valeurs par défaut de Flask-CORS laissent n&apos;importe quel site lire avec les cookies</translation>
    </message>
    <message>
        <source>CORS(app, supports_credentials=True) keeps origins=&apos;*&apos;, and Flask-CORS answers &apos;*&apos; by echoing the request&apos;s origin, so every website, even https://evil.example, may read the answer with the user&apos;s cookies. Fix: list your front end in origins.</source>
        <translation>CORS(app, supports_credentials=True) conserve origins=&apos;*&apos;, et Flask-CORS traduit &apos;*&apos; en renvoyant en écho l&apos;origine de la requête : tout site web, même https://evil.example, peut donc lire la réponse avec les cookies de l&apos;utilisateur. Solution : indiquez votre front-end dans origins.</translation>
    </message>
    <message>
        <source>django-cors-headers&apos; regex lets a look-alike origin in</source>
        <translation>La regex de django-cors-headers laisse entrer une origine qui lui ressemble</translation>
    </message>
    <message>
        <source>CORS_ALLOWED_ORIGIN_REGEXES are tried with re.match, which only anchors the start: ^https://\w+\.example\.com also matches https://a.example.com.evil.net, a site anyone can register. Fix: end the pattern with $.</source>
        <translation>Les CORS_ALLOWED_ORIGIN_REGEXES sont essayées avec re.match, qui n&apos;ancre que le début : ^https://\w+\.example\.com correspond aussi à https://a.example.com.evil.net, un site que n&apos;importe qui peut enregistrer. Solution : terminez le motif par $.</translation>
    </message>
    <message>
        <source>Allow all plus credentials: four libraries, four answers</source>
        <translation>Tout autoriser avec identifiants : quatre bibliothèques, quatre réponses</translation>
    </message>
    <message>
        <source>Express&apos;s cors with origin &apos;*&apos; and credentials: true sends Access-Control-Allow-Origin: * with credentials, which the browser refuses. Open Compare frameworks: Starlette sends * too unless a cookie is sent, while Flask-CORS and django-cors-headers echo the origin and let any site in. Fix: list the origins that may send credentials.</source>
        <translation>Le middleware cors d&apos;Express avec origin &apos;*&apos; et credentials: true envoie Access-Control-Allow-Origin: * avec des identifiants, ce que le navigateur refuse. Ouvrez « Comparer les frameworks » : Starlette envoie * aussi, sauf si un cookie est envoyé, tandis que Flask-CORS et django-cors-headers renvoient l&apos;origine en écho et laissent entrer n&apos;importe quel site. Solution : listez les origines autorisées à envoyer des identifiants.</translation>
    </message>
    <message>
        <source>A font from a CDN is blocked</source>
        <translation>Une police venant d’un CDN est bloquée</translation>
    </message>
    <message>
        <source>@font-face always fetches with CORS, however the stylesheet is written: an image or a script from the same CDN would load, the font does not. The console says &quot;Access to font at ...&quot;. Fonts are fetched without cookies, so Access-Control-Allow-Origin: * is enough. Fix: list the page&apos;s origin in allow_origins, or allow *.</source>
        <translation>@font-face charge toujours avec CORS, quelle que soit l’écriture de la feuille de style : une image ou un script du même CDN se chargerait, la police non. La console dit « Access to font at ... ». Les polices sont chargées sans cookies, donc Access-Control-Allow-Origin: * suffit. Correction : ajoutez l’origine de la page à allow_origins, ou autorisez *.</translation>
    </message>
    <message>
        <source>axios with withCredentials and Access-Control-Allow-Origin: *</source>
        <translation>axios avec withCredentials et Access-Control-Allow-Origin: *</translation>
    </message>
    <message>
        <source>axios sends XMLHttpRequest, so the console says &quot;Access to XMLHttpRequest at ...&quot;, and withCredentials: true sends cookies. Express&apos;s cors() answers Access-Control-Allow-Origin: *, which the browser never accepts with credentials; the message adds that XMLHttpRequest&apos;s credentials mode is controlled by withCredentials. Fix: origin: &apos;http://localhost:3000&apos; with credentials: true, or drop withCredentials when no cookie is needed.</source>
        <translation>axios envoie XMLHttpRequest, donc la console dit « Access to XMLHttpRequest at ... », et withCredentials: true envoie les cookies. cors() d’Express répond Access-Control-Allow-Origin: *, que le navigateur n’accepte jamais avec des identifiants ; le message ajoute que le mode d’identifiants de XMLHttpRequest est réglé par withCredentials. Correction : origin: &apos;http://localhost:3000&apos; avec credentials: true, ou retirez withCredentials si aucun cookie n’est nécessaire.</translation>
    </message>
    <message>
        <source>An image loads but taints the canvas</source>
        <translation>Une image se charge mais souille le canvas</translation>
    </message>
    <message>
        <source>Without a crossorigin attribute, &lt;img&gt; loads without CORS: the picture shows and the console stays quiet, but the response is opaque, so a canvas it is drawn on is tainted and toDataURL() throws &quot;Tainted canvases may not be exported.&quot; Choose crossorigin=&quot;anonymous&quot; and send again: now CORS applies and this server sends no Access-Control-Allow-Origin. Fix: add crossorigin=&quot;anonymous&quot; and list the page&apos;s origin in allow_origins.</source>
        <translation>Sans attribut crossorigin, &lt;img&gt; se charge sans CORS : l’image s’affiche et la console reste muette, mais la réponse est opaque, donc un canvas où elle est dessinée est souillé et toDataURL() lève « Tainted canvases may not be exported. ». Choisissez crossorigin=&quot;anonymous&quot; et renvoyez : CORS s’applique alors et ce serveur n’envoie pas d’Access-Control-Allow-Origin. Correction : ajoutez crossorigin=&quot;anonymous&quot; et l’origine de la page à allow_origins.</translation>
    </message>
    <message>
        <source>An upload progress bar forces a preflight</source>
        <translation>Une barre de progression d’envoi impose un preflight</translation>
    </message>
    <message>
        <source>A POST with a text body is a simple request and needs no preflight, until the page registers xhr.upload.onprogress (an upload progress bar, axios&apos; onUploadProgress): then the browser asks first. Starlette&apos;s allow_methods is GET alone by default, so the preflight gets 400 &quot;Disallowed CORS method&quot;. Untick Upload listener and it passes. Fix: allow_methods=[&quot;GET&quot;, &quot;POST&quot;].</source>
        <translation>Un POST avec un corps texte est une requête simple sans preflight, jusqu’à ce que la page enregistre xhr.upload.onprogress (une barre de progression d’envoi, onUploadProgress d’axios) : le navigateur demande alors d’abord. allow_methods de Starlette ne vaut que GET par défaut, donc le preflight reçoit 400 « Disallowed CORS method ». Décochez l’écouteur d’envoi et elle passe. Correction : allow_methods=[&quot;GET&quot;, &quot;POST&quot;].</translation>
    </message>
    <message>
        <source>A public site calls your localhost API</source>
        <translation>Un site public appelle votre API sur localhost</translation>
    </message>
    <message>
        <source>The deployed front end at https://app.example.com calls the API running on this machine. The CORS policy allows the origin (and the real-browser demo page&apos;s, http://localhost:8001), but since Chromium 142 a public page needs the user&apos;s permission to reach a more private address space (Local Network Access): Chromium asks, sends nothing while it asks, not even a preflight, and a dismissal or a refusal ends as a CORS error. Set Permission to granted and the request goes ahead, with CORS as usual. Access-Control-Allow-Private-Network changes nothing: Chromium 156 no longer sends that preflight. Fix: have the user allow it, or serve the page where the API is (localhost in development).</source>
        <translation>Le front-end déployé sur https://app.example.com appelle l&apos;API qui tourne sur cette machine. La politique CORS autorise l&apos;origine (et celle de la page de démonstration du vrai navigateur, http://localhost:8001), mais depuis Chromium 142 une page publique a besoin de l&apos;autorisation de l&apos;utilisateur pour atteindre un espace d&apos;adressage plus privé (Local Network Access) : Chromium demande, n&apos;envoie rien pendant qu&apos;il demande, pas même un preflight, et une demande fermée ou refusée se termine en erreur CORS. Réglez « Autorisation » sur « accordée » et la requête part, avec CORS comme d&apos;habitude. Access-Control-Allow-Private-Network ne change rien : Chromium 156 n&apos;envoie plus ce preflight. Solution : faites autoriser l&apos;accès par l&apos;utilisateur, ou servez la page là où se trouve l&apos;API (localhost en développement).</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>id, title and lesson are required</source>
        <translation>id, title et lesson sont obligatoires</translation>
    </message>
    <message>
        <source>request: unknown credentials or mode</source>
        <translation>request : credentials ou mode inconnu</translation>
    </message>
    <message>
        <source>expected.verdict must be &quot;allowed&quot; or &quot;blocked&quot;</source>
        <translation>expected.verdict doit être &quot;allowed&quot; ou &quot;blocked&quot;</translation>
    </message>
    <message>
        <source>request: unknown initiator or crossorigin</source>
        <translation>request : initiator ou crossorigin inconnu</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>preflight taken from the cache: no OPTIONS sent</source>
        <translation>preflight pris dans le cache : aucun OPTIONS envoyé</translation>
    </message>
    <message>
        <source> (preflight)</source>
        <translation> (preflight)</translation>
    </message>
    <message>
        <source> (redirected)</source>
        <translation> (redirigée)</translation>
    </message>
    <message>
        <source>ALLOWED: JavaScript gets the response</source>
        <translation>AUTORISÉE : JavaScript reçoit la réponse</translation>
    </message>
    <message>
        <source>BLOCKED: %1</source>
        <translation>BLOQUÉE : %1</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Send a request to draw its exchange.</source>
        <translation>Envoyez une requête pour dessiner son échange.</translation>
    </message>
    <message>
        <source>  (check FAILED)</source>
        <translation>  (vérification ÉCHOUÉE)</translation>
    </message>
    <message>
        <source>Local Network Access: %1</source>
        <translation>Local Network Access : %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the CORS server without a window. It answers any method on any path as the policy says. Stop it with Ctrl+C.</source>
        <translation>Lancer le serveur CORS sans fenêtre. Il répond à toute méthode sur tout chemin selon la politique. Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Policy JSON file (default: Starlette&apos;s defaults).</source>
        <translation>Fichier JSON de politique (par défaut : les valeurs par défaut de Starlette).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one (default: 8000).</source>
        <translation>Port TCP ; 0 en choisit un libre (par défaut : 8000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1, this machine only).</source>
        <translation>Adresse d&apos;écoute (par défaut : 127.0.0.1, cette machine uniquement).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>Do not print a line for each request.</source>
        <translation>Ne pas afficher de ligne pour chaque requête.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535)</source>
        <translation>--port : &quot;%1&quot; n&apos;est pas un numéro de port (0 à 65535)</translation>
    </message>
    <message>
        <source>--bind: &quot;%1&quot; is not an IP address, such as 127.0.0.1 or ::1</source>
        <translation>--bind : &quot;%1&quot; n&apos;est pas une adresse IP, comme 127.0.0.1 ou ::1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>How many requests the request log keeps (default 1000).</source>
        <translation>Combien de requêtes le journal des requêtes garde (1000 par défaut).</translation>
    </message>
    <message>
        <source>--log-capacity: &quot;%1&quot; is not a whole number of requests, 1 or more</source>
        <translation>--log-capacity : &quot;%1&quot; n&apos;est pas un nombre entier de requêtes, 1 ou plus</translation>
    </message>
    <message>
        <source>Server threads (default: one per processor core, here %1).</source>
        <translation>Threads du serveur (par défaut : un par cœur de processeur, ici %1).</translation>
    </message>
    <message>
        <source>--threads: &quot;%1&quot; is not a number of threads from 1 to 64</source>
        <translation>--threads : &quot;%1&quot; n&apos;est pas un nombre de threads de 1 à 64</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Where the playground server listens. Only this machine can reach it (127.0.0.1).</source>
        <translation>Là où écoute le serveur du playground. Seule cette machine peut l&apos;atteindre (127.0.0.1).</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start or stop the server (Ctrl+R restarts it on the chosen port)</source>
        <translation>Démarrer ou arrêter le serveur (Ctrl+R le redémarre sur le port choisi)</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>Démarrer ou arrêter le serveur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Server mode</source>
        <translation>Mode du serveur</translation>
    </message>
    <message>
        <source>Manual responses</source>
        <translation>Réponses manuelles</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>Modification de la politique</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Listening on &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>À l&apos;écoute sur &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Whether the server runs this policy</source>
        <translation>Si le serveur applique cette politique</translation>
    </message>
    <message>
        <source>Policy state</source>
        <translation>État de la politique</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Show the policy the server runs again, forgetting the edits that are not applied</source>
        <translation>Afficher de nouveau la politique du serveur, en oubliant les modifications non appliquées</translation>
    </message>
    <message>
        <source>TCP port for the server; 0 picks a free one. Press Enter to move a running server to it.</source>
        <translation>Port TCP du serveur&#xa0;; 0 en choisit un libre. Entrée y déplace un serveur en marche.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>✔ Applied: the server runs what this pane shows.</source>
        <translation>✔ Appliqué&#xa0;: le serveur exécute ce que montre ce panneau.</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (invalide)</translation>
    </message>
    <message>
        <source>%1 (waiting for the invalid fields)</source>
        <translation>%1 (en attente des champs invalides)</translation>
    </message>
    <message>
        <source>%1 (press Enter to apply)</source>
        <translation>%1 (Entrée pour appliquer)</translation>
    </message>
    <message>
        <source>⚠ Not applied: %1. The server still runs the last applied policy.</source>
        <translation>⚠ Non appliqué&#xa0;: %1. Le serveur exécute toujours la dernière politique appliquée.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The server could not start on this port: %1</source>
        <translation>Le serveur n’a pas pu démarrer sur ce port&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still on port %1: port %2 could not be used: %3</source>
        <translation>Toujours sur le port %1&#xa0;: le port %2 n’a pas pu être utilisé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Library middleware: answer exactly as the chosen library (Starlette/FastAPI, Express&apos;s cors, Flask-CORS or django-cors-headers) does with the options below. Manual: send any status and header lines, to reproduce a misconfiguration.</source>
        <translation>Middleware de bibliothèque : répondre exactement comme le fait la bibliothèque choisie (Starlette/FastAPI, Express avec cors, Flask-CORS ou django-cors-headers) avec les options ci-dessous. Manuel : envoyer n&apos;importe quels statut et lignes d&apos;en-tête, pour reproduire une mauvaise configuration.</translation>
    </message>
    <message>
        <source>Library middleware</source>
        <translation>Middleware de bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Which server library answers, configured with its own option names: each answers the same intent differently (Express&apos;s cors never refuses a preflight, Flask-CORS reflects any origin by default, django-cors-headers matches origin regexes by prefix). Switching carries the options over where the other library can say the same.</source>
        <translation>Quelle bibliothèque serveur répond, configurée avec ses propres noms d&apos;options : chacune traduit différemment la même intention (le middleware cors d&apos;Express ne refuse jamais un preflight, Flask-CORS renvoie par défaut toute origine en écho, django-cors-headers compare les regex d&apos;origine par préfixe). Changer de bibliothèque reprend les options que l&apos;autre bibliothèque peut exprimer de la même façon.</translation>
    </message>
    <message>
        <source>Server library</source>
        <translation>Bibliothèque serveur</translation>
    </message>
    <message>
        <source>The %1 options were carried over.</source>
        <translation>Les options de %1 ont été reprises.</translation>
    </message>
    <message>
        <source>The %1 options were carried over, except: %2. Check these in the new form.</source>
        <translation>Les options de %1 ont été reprises, sauf : %2. Vérifiez-les dans le nouveau formulaire.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passage à %1</translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>needed because %1</source>
        <translation>nécessaire car %1</translation>
    </message>
    <message>
        <source>taken from the preflight cache, not sent again</source>
        <translation>pris dans le cache de preflight, pas renvoyé</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Actual request</source>
        <translation>Requête réelle</translation>
    </message>
    <message>
        <source>ALLOWED (response type %1)</source>
        <translation>AUTORISÉE (type de réponse %1)</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOQUÉE</translation>
    </message>
    <message>
        <source>Chromium: %1</source>
        <translation>Chromium : %1</translation>
    </message>
    <message>
        <source>Firefox:  %1</source>
        <translation>Firefox :  %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 depuis %3</translation>
    </message>
</context>
</TS>
