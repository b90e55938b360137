import CCmarkGFM

/// A change to the cmark tree decided during the walk and made after it, because
/// cmark's iterator must not have the node it stands on replaced or freed.
enum TreeEdit {
    /// Put an embed's HTML in place of a fenced code block whose info string starts with `language`.
    case embed(OpaquePointer, html: String, language: String)
    /// Give a heading its `id` attribute.
    case headingID(OpaquePointer, level: Int32, id: String)
    /// Remove raw HTML (safe mode).
    case remove(OpaquePointer)
    /// Label a task list item's checkbox with the item's text.
    case taskItem(OpaquePointer, checked: Bool)
}

extension CmarkDocument {
    /// Makes the edits. Each edit frees or detaches at most the node it names, and no
    /// edit names a node inside another edit's node, so the order does not matter.
    mutating func apply(_ edits: [TreeEdit]) {
        for edit in edits {
            switch edit {
            case let .embed(node, html, language):
                let line = cmark_node_get_start_line(node)
                if let custom = Self.replaceWithEmbed(node, html: html) { replacements[custom] = (.embed(language: language), line) }
            case let .headingID(node, level, id):
                if let block = Self.addID(to: node, level: level, id: id) {
                    // Its children's text still lives in its buffer: free it last.
                    detached.append(node)
                    replacements[block] = (.heading(level: Int(level)), cmark_node_get_start_line(node))
                }
            case let .remove(node):
                cmark_node_free(node)
            case let .taskItem(node, checked):
                Self.labelTaskItem(node, checked: checked)
            }
        }
    }

    /// Embeds go in a custom block: cmark's HTML renderer writes a custom block's
    /// `on_enter` text as it is, in safe mode too, whereas it drops HTML nodes there.
    /// Returns the custom block, or nil when the node could not be replaced.
    private static func replaceWithEmbed(_ node: OpaquePointer, html: String) -> OpaquePointer? {
        guard let custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CmarkArena.allocator) else { return nil }
        cmark_node_set_on_enter(custom, html)
        if cmark_node_replace(node, custom) != 0 {
            cmark_node_free(node)
            return custom
        }
        cmark_node_free(custom)
        return nil
    }

    /// cmark's heading renderer has no place for attributes, so a heading with an id
    /// becomes a custom block (empty `on_enter`/`on_exit`) holding a custom inline
    /// whose `on_enter` is `<hN id="…">` and `on_exit` is `</hN>`, and the heading's
    /// inline children move, untouched, into that inline. Emphasis, code, links and
    /// escaping inside the heading render exactly as before, and the output matches
    /// cmark's own `<hN>…</hN>\n` byte for byte apart from the attribute: the block's
    /// line breaks fall where the heading's would. The id holds only letters, marks,
    /// digits and `-`, so it needs no escaping. Returns the custom block when the heading
    /// was replaced; the heading is then out of the tree, empty, and not yet freed.
    private static func addID(to heading: OpaquePointer, level: Int32, id: String) -> OpaquePointer? {
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CmarkArena.allocator) else { return nil }
        guard let wrapper = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, CmarkArena.allocator) else {
            cmark_node_free(block)
            return nil
        }
        cmark_node_set_on_enter(wrapper, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(wrapper, "</h\(level)>")
        guard cmark_node_append_child(block, wrapper) != 0 else {
            cmark_node_free(wrapper)
            cmark_node_free(block)
            return nil
        }
        guard cmark_node_insert_before(heading, block) != 0 else {
            cmark_node_free(block)
            return nil
        }
        var moved = 0
        while let child = cmark_node_first_child(heading) {
            guard cmark_node_append_child(wrapper, child) != 0 else {
                // Not expected for any inline node; put everything back as it was.
                for _ in 0..<moved {
                    if let last = cmark_node_last_child(wrapper) {
                        cmark_node_prepend_child(heading, last)
                    }
                }
                cmark_node_free(block)
                return nil
            }
            moved += 1
        }
        cmark_node_unlink(heading)
        return block
    }

    /// cmark's task list extension writes a bare `<input type="checkbox">`, which has no
    /// accessible name. The item is made a plain list item again, and the inline content of
    /// its first paragraph moves, untouched, into a custom inline that writes
    /// `<label><input type="checkbox" disabled="" …/> … </label>`: the checkbox is named by
    /// the item's own text, as a native label names a form control. An item whose first
    /// child is not a paragraph keeps cmark's rendering.
    private static func labelTaskItem(_ item: OpaquePointer, checked: Bool) {
        guard let paragraph = cmark_node_first_child(item),
              cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let label = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, CmarkArena.allocator) else { return }
        cmark_node_set_on_enter(label, "<label class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "") /> ")
        cmark_node_set_on_exit(label, "</label>")
        while let child = cmark_node_first_child(paragraph) {
            guard cmark_node_append_child(label, child) != 0 else { break }
        }
        guard cmark_node_append_child(paragraph, label) != 0 else {
            cmark_node_free(label)
            return
        }
        cmark_node_set_syntax_extension(item, nil)
    }
}
