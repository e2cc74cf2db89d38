import DossierCLI

/// The executable: everything is in DossierCLI, where the tests can reach it.
@main
struct Dossier {
    static func main() async {
        await DossierCommand.main()
    }
}
