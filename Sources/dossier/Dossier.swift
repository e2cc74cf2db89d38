#if canImport(CMalloc)
import CMalloc
#endif
import DossierCLI

/// The executable: everything is in DossierCLI, where the tests can reach it.
@main
struct Dossier {
    static func main() async {
        #if canImport(CMalloc)
        // glibc raises its mmap threshold to the size of each large block freed, so after the
        // first big page the megabytes of the next are carved from the heap, where the small
        // blocks left around them keep them resident. A fixed threshold gives every block over
        // 1 MB back to the system when it is freed (peak RSS at N=10,000: about 490 -> 456 MiB).
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        #endif
        await DossierCommand.main()
    }
}
