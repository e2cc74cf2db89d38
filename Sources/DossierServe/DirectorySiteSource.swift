import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves files from a folder on disk (`dossier serve --render-to-disk`). Every path is resolved
/// with realpath(3), symbolic links included, and must still lie inside the folder: a link in the
/// site that points elsewhere is a 404, like any other path that leaves the root.
struct DirectorySiteSource: SiteSource {
    let root: URL

    /// Files larger than this are not served: a preview site has no business holding them.
    static let sizeLimit = 64 * 1024 * 1024

    func lookup(_ path: SitePath) -> SiteLookup {
        guard let rootPath = Self.realPath(root.path) else { return .notFound }
        let candidate = path.components.isEmpty ? rootPath : rootPath + "/" + path.relativePath
        guard let resolved = Self.realPath(candidate), Self.isInside(resolved, rootPath) else { return .notFound }
        switch Self.kind(of: resolved) {
        case .file where !path.namesFolder:
            return read(resolved, relativePath: path.relativePath)
        case .folder:
            if !path.components.isEmpty, !path.namesFolder { return .redirect(location: path.encodedPath + "/") }
            guard let index = Self.realPath(resolved + "/index.html"), Self.isInside(index, rootPath), Self.kind(of: index) == .file else {
                return .notFound
            }
            let relative = path.components.isEmpty ? "index.html" : path.relativePath + "/index.html"
            return read(index, relativePath: relative)
        default:
            return .notFound
        }
    }

    private func read(_ path: String, relativePath: String) -> SiteLookup {
        guard let data = FileManager.default.contents(atPath: path), data.count <= Self.sizeLimit else { return .notFound }
        return .file(data, path: relativePath)
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    enum Kind { case file, folder, other }

    static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
