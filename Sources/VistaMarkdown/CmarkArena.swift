import CCmarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A memory allocator for cmark: each thread has its own arena, every allocation of a document
/// (its parser, nodes, text buffers, the rendered HTML) is a bump of a pointer in it, freeing one
/// does nothing, and the whole document's memory goes back in one step when the document is freed
/// (`release`). A page's Markdown makes a few hundred small allocations, which cost more with the
/// C library's `calloc` and `free` than with a bump of a pointer.
///
/// Documents on one thread end in the reverse order they begin (a document is a scoped,
/// non-copyable value), so an arena is a stack: `mark` before a document, `release(to:)` after
/// it; a document nested in another (made by a hook) ends before the outer one allocates again.
/// cmark joins only nodes of the same allocator, so the nodes Vista adds to a tree (embeds,
/// headings with ids) come from this allocator too.
enum CmarkArena {
    /// The allocator to hand cmark (`cmark_parser_new_with_mem`, `cmark_node_new_with_mem`).
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let mem = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        mem.initialize(to: cmark_mem(
            calloc: { count, size in Arena.allocate(Arena.current, count &* size) },
            realloc: { pointer, size in Arena.reallocate(Arena.current, pointer, to: size) },
            free: { _ in }
        ))
        return mem
    }()

    /// Where the current thread's arena stands, to `release(to:)` it later.
    static func mark() -> Arena.Mark { Arena.mark(Arena.current) }

    /// Gives back everything allocated on this thread since `mark`.
    static func release(to mark: Arena.Mark) { Arena.release(Arena.current, to: mark) }
}

/// One thread's arena: chunks of memory from the C library, the last one filling up. Plain
/// memory and pointers, no reference counting, so that an allocation is a few instructions.
struct Arena {
    /// A place in the arena: the chunk and the offset in it.
    struct Mark {
        let chunk: Int
        let cursor: UnsafeMutableRawPointer
    }

    /// Every allocation starts on 16 bytes, after a 16-byte header that holds its size (for `realloc`).
    private static let header = 16
    private static let chunkSize = 256 << 10

    /// The chunks (start and size), oldest first; the last one is being filled.
    private var chunks: [(start: UnsafeMutableRawPointer, size: Int)] = []
    private var cursor: UnsafeMutableRawPointer
    private var end: UnsafeMutableRawPointer
    /// Where the last allocation starts, so that it can grow in place.
    private var last: UnsafeMutableRawPointer?

    private init() {
        let start = Self.system(Self.chunkSize)
        chunks = [(start, Self.chunkSize)]
        cursor = start
        end = start + Self.chunkSize
    }

    private static func system(_ size: Int) -> UnsafeMutableRawPointer {
        guard let memory = malloc(size) else { fatalError("out of memory: could not allocate \(size) bytes for Markdown") }
        return memory
    }

    /// `size` zeroed bytes.
    static func allocate(_ arena: UnsafeMutablePointer<Arena>, _ size: Int) -> UnsafeMutableRawPointer {
        let needed = header + ((max(size, 1) + 15) & ~15)
        if arena.pointee.end - arena.pointee.cursor < needed {
            let chunk = max(chunkSize, needed)
            let start = system(chunk)
            arena.pointee.chunks.append((start, chunk))
            arena.pointee.cursor = start
            arena.pointee.end = start + chunk
        }
        let base = arena.pointee.cursor
        base.storeBytes(of: size, as: Int.self)
        let memory = base + header
        memset(memory, 0, size)
        arena.pointee.cursor = base + needed
        arena.pointee.last = memory
        return memory
    }

    /// `pointer`'s bytes in a block of `size` bytes (the rest unspecified, as with `realloc`).
    static func reallocate(_ arena: UnsafeMutablePointer<Arena>, _ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        guard let pointer else { return allocate(arena, size) }
        let old = (pointer - header).load(as: Int.self)
        // The last allocation grows (or shrinks) in place while its chunk has room.
        if pointer == arena.pointee.last {
            let needed = header + ((max(size, 1) + 15) & ~15)
            if arena.pointee.end - (pointer - header) >= needed {
                (pointer - header).storeBytes(of: size, as: Int.self)
                arena.pointee.cursor = pointer - header + needed
                return pointer
            }
        }
        let memory = allocate(arena, size)
        memcpy(memory, pointer, min(old, size))
        return memory
    }

    static func mark(_ arena: UnsafeMutablePointer<Arena>) -> Mark {
        Mark(chunk: arena.pointee.chunks.count - 1, cursor: arena.pointee.cursor)
    }

    static func release(_ arena: UnsafeMutablePointer<Arena>, to mark: Mark) {
        while arena.pointee.chunks.count - 1 > mark.chunk { free(arena.pointee.chunks.removeLast().start) }
        let chunk = arena.pointee.chunks[mark.chunk]
        arena.pointee.cursor = mark.cursor
        arena.pointee.end = chunk.start + chunk.size
        arena.pointee.last = nil
    }

    /// This thread's arena, made on first use and freed when the thread ends.
    static var current: UnsafeMutablePointer<Arena> {
        if let existing = pthread_getspecific(key) { return existing.assumingMemoryBound(to: Arena.self) }
        let arena = UnsafeMutablePointer<Arena>.allocate(capacity: 1)
        arena.initialize(to: Arena())
        pthread_setspecific(key, arena)
        return arena
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            // Optional on Linux, not on macOS.
            let pointer: UnsafeMutableRawPointer? = pointer
            guard let arena = pointer?.assumingMemoryBound(to: Arena.self) else { return }
            for chunk in arena.pointee.chunks { free(chunk.start) }
            arena.deinitialize(count: 1)
            arena.deallocate()
        }
        return key
    }()
}
