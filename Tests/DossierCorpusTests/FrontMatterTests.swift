import Testing
@testable import DossierCorpus
