import CCmarkGFM
import DossierCore
import Foundation
import Testing
@testable import DossierSite

@Suite struct CmarkArenaTests {
    /// Blocks handed out together do not overlap, are 16-byte aligned, and zeroed by `calloc` even when they reuse
    /// the bytes of a freed block.
    @Test func blocksAreDistinctAlignedAndZeroed() {
        CmarkArena.withArena { memory in
            let sizes = [1, 8, 16, 24, 150, 150, 4000, CmarkArena.largeSize, CmarkArena.largeSize + 1, 100_000]
            var blocks: [(UnsafeMutableRawPointer, Int)] = []
            for (index, size) in sizes.enumerated() {
                let block = memory.pointee.calloc(1, size)!
                #expect(Int(bitPattern: block) % 16 == 0)
                #expect(UnsafeRawBufferPointer(start: block, count: size).allSatisfy { $0 == 0 })
                memset(block, Int32(index + 1), size)
                blocks.append((block, size))
            }
            for (index, (block, size)) in blocks.enumerated() {
                #expect(UnsafeRawBufferPointer(start: block, count: size).allSatisfy { $0 == UInt8(index + 1) })
            }
            // Freed out of order (not the newest), then asked for again at the same size: zeroed all the same.
            let reused = blocks[4].0
            memory.pointee.free(reused)
            let again = memory.pointee.calloc(150, 1)!
            #expect(again == reused)
            #expect(UnsafeRawBufferPointer(start: again, count: 150).allSatisfy { $0 == 0 })
            #expect(UnsafeRawBufferPointer(start: blocks[5].0, count: 150).allSatisfy { $0 == 6 })
            for (block, _) in blocks where block != reused { memory.pointee.free(block) }
            memory.pointee.free(again)
        }
    }

    /// The nodes of the tree are cut one after the other from slabs of their own, whatever is allocated between them.
    @Test func nodesArePackedTogether() throws {
        #expect(CmarkArena.nodeSize >= 100)
        CmarkArena.withArena { memory in
            let first = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, memory)!
            let text = memory.pointee.calloc(1, 100)!
            let second = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory)!
            let more = memory.pointee.realloc(nil, CmarkArena.nodeSize + 1)!
            let third = cmark_node_new_with_mem(CMARK_NODE_EMPH, memory)!
            let stride = 16 + (CmarkArena.nodeSize + 15) & ~15
            #expect(UnsafeRawPointer(first).distance(to: UnsafeRawPointer(second)) == stride)
            #expect(UnsafeRawPointer(second).distance(to: UnsafeRawPointer(third)) == stride)
            #expect(UnsafeRawPointer(text).distance(to: UnsafeRawPointer(more)) == 16 + 112)
            memory.pointee.free(more)
            memory.pointee.free(text)
            for node in [first, second, third] { cmark_node_free(node) }
        }
    }

    /// Blocks from the system allocator are listed while they live, through `realloc`, and given back when the
    /// arena is done, freed or not.
    @Test func systemBlocksAreGivenBackWithTheArena() {
        let large = CmarkArena.largeSize + 1
        CmarkArena.withArena { memory in
            #expect(CmarkArena.systemBlockCount == 0)
            let kept = memory.pointee.calloc(1, large)!
            var grown = memory.pointee.calloc(1, large)!
            let freed = memory.pointee.realloc(nil, large)!
            _ = memory.pointee.calloc(1, 100)!
            #expect(CmarkArena.systemBlockCount == 3)
            memory.pointee.free(freed)
            grown = memory.pointee.realloc(grown, 4 * large)!
            memset(grown, 1, 4 * large)
            memset(kept, 2, large)
            #expect(CmarkArena.systemBlockCount == 2)
            // Listed where it moved to: freed there, it leaves the list.
            memory.pointee.free(grown)
            #expect(CmarkArena.systemBlockCount == 1)
            // Nested: nothing is given back until the outermost arena is done.
            CmarkArena.withArena { _ in }
            #expect(CmarkArena.systemBlockCount == 1)
        }
        CmarkArena.withArena { _ in
            #expect(CmarkArena.systemBlockCount == 0)
        }
    }

    /// `realloc` keeps the bytes a block had, whether it grows in place, moves within the slabs or moves to the
    /// system allocator, and blocks made after it are left alone.
    @Test func reallocKeepsTheBytes() {
        CmarkArena.withArena { memory in
            var block = memory.pointee.realloc(nil, 10)!
            for offset in 0..<10 { block.storeBytes(of: UInt8(offset), toByteOffset: offset, as: UInt8.self) }
            var size = 10
            var neighbours: [UnsafeMutableRawPointer] = []
            for step in 0..<24 {
                let grown = size * 3 / 2 + 7
                block = memory.pointee.realloc(block, grown)!
                #expect(Int(bitPattern: block) % 16 == 0)
                #expect((0..<size).allSatisfy { block.load(fromByteOffset: $0, as: UInt8.self) == UInt8(truncatingIfNeeded: $0) })
                for offset in size..<grown { block.storeBytes(of: UInt8(truncatingIfNeeded: offset), toByteOffset: offset, as: UInt8.self) }
                size = grown
                // Every other step a neighbour is allocated after it, so the block cannot always grow in place.
                if step.isMultiple(of: 2) {
                    let neighbour = memory.pointee.calloc(1, 64)!
                    memset(neighbour, 0xAB, 64)
                    neighbours.append(neighbour)
                }
            }
            #expect(size > CmarkArena.largeSize)
            for neighbour in neighbours {
                #expect(UnsafeRawBufferPointer(start: neighbour, count: 64).allSatisfy { $0 == 0xAB })
            }
            memory.pointee.free(block)
        }
    }

    /// More threads at once than there are allocators of their own (`ArenaSlots`): those past them allocate through
    /// the shared one, and every thread's blocks stay its own.
    @Test func threadsPastTheSlotsShareAnAllocator() {
        let threads = 24
        let results = ThreadResults()
        // All threads hold their arena at once: each waits for the others before it allocates.
        let started = DispatchGroup()
        let allStarted = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for thread in 0..<threads {
            started.enter()
            done.enter()
            Thread.detachNewThread {
                CmarkArena.withArena { memory in
                    started.leave()
                    allStarted.wait()
                    allStarted.signal()
                    let blocks = (0..<50).map { size in memory.pointee.calloc(1, 16 + size * 40)! }
                    for (index, block) in blocks.enumerated() { memset(block, Int32(thread), 16 + index * 40) }
                    let grown = memory.pointee.realloc(nil, 100_000)!
                    memset(grown, Int32(thread), 100_000)
                    let intact = blocks.enumerated().allSatisfy { index, block in
                        UnsafeRawBufferPointer(start: block, count: 16 + index * 40).allSatisfy { $0 == UInt8(thread) }
                    } && UnsafeRawBufferPointer(start: grown, count: 100_000).allSatisfy { $0 == UInt8(thread) }
                    results.add(ownAllocator: CmarkArena.hasOwnAllocator, intact: intact)
                }
                done.leave()
            }
        }
        started.wait()
        allStarted.signal()
        done.wait()
        let (own, intact) = results.counts
        #expect(intact == threads)
        #expect(own < threads)
    }

    /// What the threads of `threadsPastTheSlotsShareAnAllocator` found.
    private final class ThreadResults: @unchecked Sendable {
        private let lock = NSLock()
        private var own = 0
        private var intact = 0

        func add(ownAllocator: Bool, intact isIntact: Bool) {
            lock.withLock {
                if ownAllocator { own += 1 }
                if isIntact { intact += 1 }
            }
        }

        var counts: (own: Int, intact: Int) { lock.withLock { (own, intact) } }
    }

    /// A page far larger than a slab, with a paragraph far larger than `largeSize`: the exact HTML, on several threads.
    @Test func largePagesRenderExactly() {
        let paragraphs = 3_000
        let sentences = 40
        var markdown = ""
        var expected = ""
        for paragraph in 0..<paragraphs {
            var line = ""
            var html = "<p>"
            for sentence in 0..<sentences {
                let id = "s\(paragraph)-\(sentence)"
                line += (sentence == 0 ? "" : " ") + TrustedMarker.anchor(id) + "Sentence *\(sentence)* of \\[\(paragraph)\\]."
                html += (sentence == 0 ? "" : " ") + "<a id=\"\(id)\" class=\"anchor\"></a>Sentence <em>\(sentence)</em> of [\(paragraph)]."
            }
            markdown += line + "\n\n"
            expected += html + "</p>\n"
        }
        #expect(markdown.utf8.count > 4 * CmarkArena.slabSize)
        let long = String(repeating: "word & more ", count: 10_000)
        markdown += long + "\n"
        expected += "<p>" + long.replacingOccurrences(of: "&", with: "&amp;").dropLast() + "</p>\n"
        let renderer = HTMLRenderer()
        let pages = ParallelMap.map(Array(repeating: markdown, count: 4)) { renderer.html(fromMarkdown: $0) }
        for page in pages { #expect(page == expected) }
    }
}
