import VistaCLI

VistaCommand.main()
