import Foundation

/// A site-wide list (source articles, sources, timeline, key figures) cut into pages of the
/// dossier's `list_page_size` items: at 10,000 articles each was one page of 3-12 MB, too much
/// for a phone, and an edit to one article made `serve` render the whole of it again.
struct PagedList<Item> {
    /// The first page is at `path`, the next ones beside it: "timeline-2.html".
    let path: String
    let items: [Item]
    let size: Int

    var count: Int { max(1, (items.count + size - 1) / size) }

    func path(ofPage number: Int) -> String {
        number == 1 ? path : String(path.dropLast(".html".count)) + "-\(number).html"
    }

    func items(onPage number: Int) -> [Item] {
        Array(items[min(items.count, (number - 1) * size)..<min(items.count, number * size)])
    }

    /// Nil when the list fits on one page. Links are to pages in the same folder.
    func pagination(ofPage number: Int) -> Pagination? {
        guard count > 1 else { return nil }
        func href(_ page: Int) -> String { (path(ofPage: page) as NSString).lastPathComponent }
        // The first, the last and the two either side of this one: a list of 400 pages would
        // otherwise put 400 links on each.
        var pages: [Pagination.Page] = []
        for page in 1...count where page == 1 || page == count || abs(page - number) <= 2 {
            if let last = pages.last?.number.flatMap(Int.init), page > last + 1 {
                pages.append(Pagination.Page(number: nil, href: "", current: false))
            }
            pages.append(Pagination.Page(number: String(page), href: href(page), current: page == number))
        }
        return Pagination(label: "Page \(number) of \(count)", previous: number > 1 ? href(number - 1) : nil,
                          next: number < count ? href(number + 1) : nil, pages: pages)
    }
}

extension SiteContent {
    /// Each page of a site-wide list, titled with its number when there are several.
    func pages<Item, Body: Sendable & ContentHashable>(of list: PagedList<Item>, _ template: String, title: String, description: String,
                                                      section: String?, _ body: ([Item], Pagination?) -> Body) -> [SiteFile] {
        (1...list.count).map { number in
            let pageTitle = list.count == 1 ? title : "\(title), page \(number) of \(list.count)"
            let crumbs = number == 1 ? [LinkItem(title: title, href: "")] : [LinkItem(title: title, href: list.path), LinkItem(title: pageTitle, href: "")]
            return pages.render(list.path(ofPage: number), template, title: pageTitle, description: description, section: section, crumbs: crumbs,
                                body(list.items(onPage: number), list.pagination(ofPage: number)))
        }
    }
}
