// libFuzzer harness: bytes → decode → libxml2 → site adapter → extraction → compound parts → output escaping.
// Built only by Scripts/Stress/fuzz.sh (UPPDRAG_FUZZ=1 adds this target to Package.swift).
import Documents
import Extraction
import Foundation
import Uppdrag

/// The extension the parser dispatches on comes from the first byte, so one corpus covers every format.
let extensions = ["html", "htm", "xhtml", "xml", "txt", "md"]
let parser = DocumentParser(maxFileSize: 1 << 20)
let extractor = Extractor()
let compounds = CompoundSplitter()

let fuzzDocuments: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let path = "/fuzz/input." + extensions[Int(data[0]) % extensions.count]
    guard let document = try? parser.parse(bytes, path: path) else { return 0 }
    let record = extractor.extract(document)
    _ = compounds.partsText(of: document.text)
    // Whatever a document says must come out of the escaping functions without a trap.
    _ = TextOutput.terminalSafe(record.title ?? document.text)
    _ = TextOutput.csvRow([record.title ?? "", record.identifier ?? "", String(document.text.prefix(200))])
    _ = TextOutput.truncated(document.text, to: Int(data[0]) % 80)
    return 0
}

/// libFuzzer's driver (FuzzerDriver.cpp): parses the command line and calls `callback` once per input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments, fuzzDocuments))
