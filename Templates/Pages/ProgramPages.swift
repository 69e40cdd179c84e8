import AlmanacMarkup
import AlmanacModel

/// `programs/index.html` and `programs/<slug>/index.html`.
public enum ProgramPages {
    public static func index(_ site: Site) -> HTML {
        let location = PageLocation.programs
        let rows = site.programs.map { profile -> HTML in
            """
            <tr><th scope="row"><a href="\(location.link(PageLocation.program(profile.slug).folder))">\(profile.name)</a></th>\
            <td>\(profile.program.kind ?? "—")</td>\
            <td>\(site.upcoming(profile.eventIndexes).count)</td><td>\(profile.eventIndexes.count)</td></tr>

            """
        }
        return IndexPage(title: "Programs", lede: "The programs the events belong to, each with its own calendar and feeds.",
                         description: "Spaceflight programs, with their events.",
                         columns: ["Program", "Type", "Upcoming", "All events"],
                         empty: "No program is named by the events in the data.")
            .html(rows, at: location, in: site)
    }

    public static func page(_ profile: ProgramProfile, in site: Site) -> HTML {
        let program = profile.program
        let location = PageLocation.program(profile.slug)
        let introduction = (program.image.map { Figure.html($0, alt: program.name) } ?? "") + "\n"
            + facts(program, at: location, in: site) + "\n" + (program.description.map { Paragraphs.html($0) } ?? "")
        let page = ScopePage(title: program.name, scope: .program(site, profile), location: location,
                             introduction: introduction,
                             description: "Events of the \(program.name) program, upcoming and past.", image: program.image?.url)
        return page.html(in: site)
    }

    private static func facts(_ program: Program, at location: PageLocation, in site: Site) -> HTML {
        var rows: [(String, HTML)] = []
        if let kind = program.kind { rows.append(("Type", "\(kind)")) }
        if let start = program.start { rows.append(("Started", TimeTag.day(start))) }
        if let end = program.end { rows.append(("Ended", TimeTag.day(end))) }
        if !program.agencies.isEmpty {
            let slugs = Dictionary(site.agencies.map { ($0.agency.id, $0.slug) }, uniquingKeysWith: { first, _ in first })
            let agencies = program.agencies.map { agency -> HTML in
                guard let slug = slugs[agency.id] else { return "\(agency.name)" }
                return "<a href=\"\(location.link(PageLocation.agency(slug).folder))\">\(agency.name)</a>"
            }
            rows.append(("Agencies", agencies.joined(separator: ", ")))
        }
        if let links = FactList.links(info: program.infoURL, wiki: program.wikiURL) { rows.append(("Links", links)) }
        return FactList.html(rows)
    }
}
