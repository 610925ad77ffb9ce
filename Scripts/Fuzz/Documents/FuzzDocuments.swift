// libFuzzer entry point: bytes → decode → libxml2 → site adapter → extraction → output escaping.
// Built only by Scripts/fuzz.sh (UPPDRAG_FUZZ=1 adds this target to Package.swift).
import Documents
import Extraction
import Uppdrag

/// The extension the parser dispatches on comes from the first byte, so one corpus covers every format.
let extensions = ["html", "htm", "xhtml", "xml", "txt", "md"]
let parser = DocumentParser(maxFileSize: 1 << 20)
let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let path = "/fuzz/input." + extensions[Int(data[0]) % extensions.count]
    guard let document = try? parser.parse(bytes, path: path) else { return 0 }
    let record = extractor.extract(document)
    // Whatever a document says must come out of the escaping functions without a trap.
    _ = TextOutput.terminalSafe(record.title ?? document.text)
    _ = TextOutput.csvRow([record.title ?? "", record.identifier ?? "", String(document.text.prefix(200))])
    _ = TextOutput.truncated(document.text, to: Int(data[0]) % 80)
    return 0
}
