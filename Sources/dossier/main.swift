import DossierCLI
DossierCommand.main()
