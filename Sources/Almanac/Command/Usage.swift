/// The text of `almanac --help`.
enum Usage {
    static let text = """
    almanac — publish spaceflight events from Launch Library 2 as a static website

    Usage:
      almanac build [--out DIR] [fetch options] [options]   fetch what changed, then build
      almanac build --offline [--cache DIR] [options]       build from the cache alone
      almanac build --from PATH [options]                   build from files, no network
      almanac fetch [fetch options]                         only refresh the cache
      almanac --help | --version

    Build options:
      --from PATH        Launch Library 2 JSON: a file or a folder of .json files
                         (API pages, arrays of events or space stations, single events)
      --out DIR          the output folder (default: site)
      --base-url URL     where the site will be published, e.g. https://example.org/space/
                         (without it, absolute URLs use the placeholder https://almanac.invalid/)
      --now TIME         the instant that splits upcoming from past, ISO 8601
                         (default: the real clock); the same data and --now give identical files
      --title TEXT       the site's title (default: Almanac)
      --feed-items N     the most events each RSS, Atom and JSON feed lists, newest
                         first by first publication (default: 50)
      --force            replace the contents of an output folder Almanac did not write
      --allow-fewer-events  publish even when the site has over 10% fewer events than the
                         last good build (otherwise such a build stops, keeping the old site)
      --offline          build from the cache without asking the API

    Calendar options (calendar.ics for all events and each type, station, agency and program, with
    calendar-alarm-15.ics and calendar-alarm-60.ics beside each, whose timed events carry a
    reminder 15 minutes or 1 hour before; event.ics per event):
      --calendar-days N  the feeds hold every upcoming event and those of the past N days
                         (default: 90); event.ics files and the pages keep everything
      --default-duration DURATION
                         how long timed events without a duration last, ISO 8601,
                         e.g. PT1H (default: none, they are instants)
      --calendar-refresh DURATION
                         how often calendar apps should refresh the feeds, ISO 8601
                         (default: PT1H)

    Fetch options:
      --api URL          the Launch Library 2 API (default: https://ll.thespacedevs.com/2.3.0;
                         the dev server https://lldev.thespacedevs.com/2.3.0 and mirrors work too)
      --api-key KEY      sent as "Authorization: Token KEY" (default: $LL2_API_KEY); never
                         printed or stored
      --cache DIR        where fetched events and the sync state live (default: .almanac-cache)
      --full-every TIME  fetch everything again once the last full fetch is this old, which
                         drops events deleted upstream: 24h, 90m, 1h30m, 2d, PT24H, or seconds
                         (default: 24h); otherwise one request asks for what changed
      --max-wait TIME    the longest wait for the rate limit to lift, in seconds or as above
                         (default: 60); past it the run stops and the next one resumes

    Exit status: 0 success, 1 data, network or I/O error, 2 usage error.
    """
}
