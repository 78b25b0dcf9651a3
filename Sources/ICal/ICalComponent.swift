import CLibical
import Foundation

/// Owns one root `icalcomponent` and frees it, with all its children, exactly once.
///
/// Only roots get a wrapper: `icalcomponent_add_component` and `_add_property` hand a
/// child to its parent, and freeing the root frees the tree. The class never leaves this
/// target and is not `Sendable` (libical components are not thread-safe); it lives only
/// inside a `Libical.locked` block.
final class ICalComponent {
    /// The owned libical pointer; valid until `deinit`.
    let pointer: OpaquePointer

    /// Takes ownership of a root component (one without a parent).
    init(adopting pointer: OpaquePointer) {
        precondition(icalcomponent_get_parent(pointer) == nil, "ICalComponent must own a root component")
        self.pointer = pointer
        ICalLiveRoots.increment()
    }

    /// A new, empty root component of `kind`.
    convenience init(kind: icalcomponent_kind) {
        self.init(adopting: icalcomponent_new(kind)!)
    }

    deinit {
        icalcomponent_free(pointer)
        ICalLiveRoots.decrement()
    }

    /// Hands `property` to this component, which frees it.
    func add(property: OpaquePointer) {
        icalcomponent_add_property(pointer, property)
    }

    /// The component serialised by libical (CRLF lines, folded at 75 octets, text escaped),
    /// as UTF-8 bytes.
    func icalBytes() -> [UInt8] {
        let buffer = icalcomponent_as_ical_string_r(pointer)!
        defer { icalmemory_free_buffer(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: strlen(buffer)))
    }
}

@available(*, unavailable, message: "libical components are not thread-safe")
extension ICalComponent: Sendable {}
