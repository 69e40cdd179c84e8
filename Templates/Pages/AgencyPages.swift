import AlmanacMarkup
import AlmanacModel

/// `agencies/index.html` and `agencies/<slug>/index.html`.
public enum AgencyPages {
    public static func index(_ site: Site) -> HTML {
        let location = PageLocation.agencies
        let rows = site.agencies.map { profile -> HTML in
            let agency = profile.agency
            return """
            <tr><th scope="row"><a href="\(location.link(PageLocation.agency(profile.slug).folder))">\(agency.name)</a></th>\
            <td>\(agency.abbreviation ?? "—")</td><td>\(agency.kind ?? "—")</td>\
            <td>\(site.upcoming(profile.eventIndexes).count)</td><td>\(profile.eventIndexes.count)</td></tr>

            """
        }
        return IndexPage(title: "Agencies", lede: "The agencies taking part in the events, each with its own calendar and feeds.",
                         description: "Space agencies and companies, with their events.",
                         columns: ["Agency", "Abbreviation", "Type", "Upcoming", "All events"],
                         empty: "No agency is named by the events in the data.")
            .html(rows, at: location, in: site)
    }

    public static func page(_ profile: AgencyProfile, in site: Site) -> HTML {
        let agency = profile.agency
        let logo: HTML = agency.logoURL.map { url in
            "<p class=\"logo\"><img src=\"\(url)\" alt=\"\(agency.name) logo\" loading=\"lazy\" decoding=\"async\"></p>\n"
        } ?? ""
        let page = ScopePage(title: agency.name, scope: .agency(site, profile), location: .agency(profile.slug),
                             introduction: logo + facts(agency) + "\n" + (agency.description.map { Paragraphs.html($0) } ?? ""),
                             description: "Events of \(agency.name), upcoming and past.", image: agency.logoURL)
        return page.html(in: site)
    }

    private static func facts(_ agency: Agency) -> HTML {
        var rows: [(String, HTML)] = []
        if let abbreviation = agency.abbreviation { rows.append(("Abbreviation", "\(abbreviation)")) }
        if let kind = agency.kind { rows.append(("Type", "\(kind)")) }
        if let country = agency.countryCode { rows.append(("Country", "\(country)")) }
        if let links = FactList.links(info: agency.infoURL, wiki: agency.wikiURL) { rows.append(("Links", links)) }
        return FactList.html(rows)
    }
}
