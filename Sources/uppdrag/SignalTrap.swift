import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The signal that asked ingest to stop (SIGINT or SIGTERM), 0 while none has.
///
/// A process-wide flag is the one thing a signal handler may touch; it is a lock-free atomic.
let receivedStopSignal = Atomic<Int32>(0)

/// Makes SIGINT and SIGTERM ask the running ingest to stop after its current batch; a second signal kills.
enum SignalTrap {
    static func install() {
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                receivedStopSignal.store(number, ordering: .relaxed)
            }
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    static var stopSignal: Int32 { receivedStopSignal.load(ordering: .relaxed) }
}
