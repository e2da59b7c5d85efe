vcl 4.1;
# Plaza's front cache (Varnish 7.1, Debian's `varnish` package): README, "Running several
# instances". Two Plaza instances on this machine by default; add a backend per instance.
#
# It caches only what Plaza marks cacheable (Cache-Control with a lifetime: pages, feeds,
# calendars, the manifest, static assets) and never the admin, the APIs, the citizen's pages
# (/<locale>/my/...), preview, or a request carrying a staff or citizen session. Every
# revalidation in Plaza sends `BAN /` with `X-Plaza-Ban: <regex on the path>` to the caches
# in PLAZA_FRONT_CACHES (src/lib/cluster/frontCache.mjs); only the addresses in `purgers`
# holding the shared secret may ban. Replace PLAZA_FRONT_CACHE_SECRET below with the value of
# that variable (npm run cluster writes its own copy with a generated one).

import directors;
import std;

probe plaza_health {
    # A prerendered file: it answers while the database is down, so only a dead or hung
    # instance is taken out. Lenient (4 failures in 5 s): a busy instance that answers slowly
    # must stay in; a dead one is skipped by the retry (vcl_backend_error) until then.
    .url = "/robots.txt";
    .timeout = 5s;
    .interval = 1s;
    .window = 5;
    .threshold = 2;
    .initial = 2;
}

backend plaza_a {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = plaza_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend plaza_b {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = plaza_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new plaza = directors.round_robin();
    plaza.add_backend(plaza_a);
    plaza.add_backend(plaza_b);
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ purgers || req.http.x-plaza-purge-secret != "PLAZA_FRONT_CACHE_SECRET") {
            return (synth(403, "Not allowed"));
        }
        # Plaza sends paths as literals and character classes: no quotes, no backslashes.
        if (req.http.x-plaza-ban !~ "^\^/" || req.http.x-plaza-ban ~ {"["\\\s]"}) {
            return (synth(400, "Bad ban"));
        }
        ban({"obj.http.x-plaza-path ~ ""} + req.http.x-plaza-ban + {"""});
        return (synth(200, "Banned"));
    }
    unset req.http.x-plaza-purge-secret;

    # While at least one instance is healthy a stale copy is served only for a moment (while
    # it is fetched again); with every instance down, for as long as the grace below.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api|next)(/|\?|$)" || req.url ~ "^/[a-z]{2}(-[A-Za-z]{2})?/my(/|\?|$)") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # A session (staff: payload-token; citizen: plaza_*) or preview (Next's draft mode) is
    # somebody's own page: never from, nor into, the cache.
    if (req.http.Cookie ~ "(^|;\s*)(payload-token|plaza_[a-z_]+|__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    # Other cookies (analytics and the like) do not change a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_fetch {
    # Picked here, not in vcl_recv, so that a retry can go elsewhere: to the other instance,
    # not to whichever one the round robin hands out next (with more instances, list them in
    # the same way, or rely on the health probe taking the failed one out within seconds).
    if (bereq.retries == 0) {
        set bereq.backend = plaza.backend();
    } else if (bereq.http.x-plaza-failed == "plaza_a") {
        set bereq.backend = plaza_b;
    } else {
        set bereq.backend = plaza_a;
    }
    unset bereq.http.x-plaza-failed;
}

sub vcl_backend_response {
    # A 5xx from one instance is asked of the other before anyone sees it (twice at most:
    # A, B, A again, or the reverse).
    if (beresp.status >= 500 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.x-plaza-failed = beresp.backend.name;
        return (retry);
    }
    # Whole responses only, cacheable or not (a dynamic page such as the agenda is not):
    # while nothing has reached the visitor, a body cut short by an instance dying is fetched
    # again from the other one (vcl_backend_error); streamed, the visitor would get half a
    # page. Uploaded files and timetable zips may be large: they stream.
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.url !~ "^/api/(media|transit-feeds)/") {
        set beresp.do_stream = false;
    }
    # Instances started with PLAZA_FRONT_COMPRESSES=1 send text uncompressed: compressed here,
    # once per cached copy (Varnish unzips it for the rare client that cannot take gzip).
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json|javascript)|image/svg)") {
        set beresp.do_gzip = true;
    }
    # What the ban matches (the path, without the query: ?_rsc=… variants go with their page).
    set beresp.http.x-plaza-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.ttl > 0s && beresp.status < 500) {
        set beresp.grace = 24h;
    }
}

sub vcl_backend_error {
    # Connection refused or reset, before or during the body: the instance is gone; try the
    # other one.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.x-plaza-failed = beresp.backend.name;
        return (retry);
    }
    set beresp.http.x-plaza-fetch-failed = "1";
}

sub vcl_synth {
    # A fetch that failed after its headers (the instance died mid-body) ends here: ask once more.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
}

sub vcl_deliver {
    if (resp.http.x-plaza-fetch-failed && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
    unset resp.http.x-plaza-fetch-failed;
    unset resp.http.x-plaza-path;
    if (obj.hits > 0) {
        set resp.http.x-cache = "hit";
    } else {
        set resp.http.x-cache = "miss";
    }
}
