import Almanac
import Foundation
import Glibc

// A write past a file size limit (or a full disk) must fail with an error the build reports, not
// kill the process before it can clean up.
signal(SIGXFSZ, SIG_IGN)

let command = AlmanacCommand(
    output: { print($0) },
    errors: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
exit(command.run(Array(CommandLine.arguments.dropFirst())))
