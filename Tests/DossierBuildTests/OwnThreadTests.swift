import DossierBuild
import Foundation
import Testing

@Suite struct OwnThreadTests {
    /// The work runs on a thread made for it, not on the awaiting task's (a pool thread), and its value comes back.
    @Test func workRunsOnAThreadOfItsOwn() async {
        let caller = pthread_self()
        let (value, onCaller) = await OwnThread.run { (21 * 2, pthread_equal(pthread_self(), caller) != 0) }
        #expect(value == 42)
        #expect(!onCaller)
    }
}
