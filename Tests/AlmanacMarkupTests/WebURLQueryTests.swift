import AlmanacMarkup
import Testing

@Suite("Query items are percent-encoded as components")
struct WebURLQueryTests {
    @Test("a URL as a query value is fully encoded; a second item is joined with &")
    func encodedValue() throws {
        let base = try #require(WebURL("https://calendar.google.com/calendar/render"))
        let url = base.addingQueryItem("cid", "webcal://example.org/space/calendar.ics?x=1&y=é #")
            .addingQueryItem("text", "a+b")
        #expect(url.string == "https://calendar.google.com/calendar/render"
            + "?cid=webcal%3A%2F%2Fexample.org%2Fspace%2Fcalendar.ics%3Fx%3D1%26y%3D%C3%A9%20%23&text=a%2Bb")
    }
}
