import AlmanacMarkup
import AlmanacModel

/// An image with its credit and license as a caption.
public enum Figure {
    public static func html(_ image: Image, alt: String) -> HTML {
        var caption: [HTML] = []
        if let credit = image.credit { caption.append("Image: \(credit)") }
        if let license = image.license, license != "Unknown" {
            if let url = image.licenseURL {
                caption.append("License: <a href=\"\(url)\" rel=\"license\">\(license)</a>")
            } else {
                caption.append("License: \(license)")
            }
        }
        let figcaption: HTML = caption.isEmpty ? "" : "\n<figcaption>\(caption.joined(separator: " · "))</figcaption>"
        return """
        <figure class="hero">
        <img src="\(image.url)" alt="\(image.name ?? alt)" loading="lazy" decoding="async">\(figcaption)
        </figure>
        """
    }
}
