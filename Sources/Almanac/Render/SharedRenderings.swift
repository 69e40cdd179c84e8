import AlmanacMarkup
import AlmanacModel
import Foundation
import Templates

/// What several files of a site show alike, made once and shared by the threads that render:
/// an event's feed entry and its `VEVENT` appear in the feeds of every scope it belongs to, and a
/// scope's RSS, Atom and JSON feeds share their entries.
final class SharedRenderings: @unchecked Sendable {
    let site: Site
    /// What the site's calendar files write alike.
    let calendar: CalendarSite
    private let lock = NSLock()
    private var entries: [Int: NewsFeedEntry] = [:]
    private var components: [Int: ICalendarComponent?] = [:]
    private var feeds: [String: NewsFeed?] = [:]
    private var eventFeedLinks: [EventTypeID: NewsFeedLinks.EventLinks] = [:]

    init(site: Site) {
        self.site = site
        calendar = CalendarSite(site)
    }

    /// The scope's news feed, with entries shared between scopes.
    func newsFeed(_ scope: FeedScope) -> NewsFeed? {
        remembered(scope.folder, in: \.feeds) {
            NewsFeed(scope, in: site) { index, published in
                self.remembered(index, in: \.entries) {
                    NewsFeedEntry(self.site.event(at: index), published: published, baseURL: self.site.config.baseURL)
                }
            }
        }
    }

    /// An event page's links to feeds, made once per type: every event page sits two folders deep,
    /// so the relative links are the same for all of them.
    func eventPage(_ index: Int) -> HTML {
        let event = site.event(at: index)
        let links = remembered(event.type.id, in: \.eventFeedLinks) {
            NewsFeedLinks.event(event, from: PageLocation.event(event), in: site)
        }
        return EventPage.html(event, in: site, feedLinks: links)
    }

    /// The event's `VEVENT`, shared between calendar feeds.
    func calendarComponent(_ index: Int) -> ICalendarComponent? {
        remembered(index, in: \.components) { calendar.event(site.event(at: index)) }
    }

    /// The value stored under `key`, made (outside the lock) when missing; two threads may both make
    /// it, which is harmless as both make the same value.
    private func remembered<Key: Hashable, Value>(_ key: Key, in store: ReferenceWritableKeyPath<SharedRenderings, [Key: Value]>,
                                                  make: () -> Value) -> Value {
        if let value = lock.withLock({ self[keyPath: store][key] }) { return value }
        let value = make()
        lock.withLock { self[keyPath: store][key] = value }
        return value
    }
}
