import Testing
@testable import DossierServer
