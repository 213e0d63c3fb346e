//! The geo modules import one another without a cycle (fit.rs and world.rs once
//! imported each other), so each can be read and changed from the bottom up.

use std::collections::BTreeMap;

/// Each geo module and the geo modules it names (`super::x` or `crate::geo::x`),
/// outside its tests.
fn imports() -> BTreeMap<String, Vec<String>> {
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir("src/geo").expect("src/geo") {
        let path = entry.expect("entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name").to_owned();
        let text = std::fs::read_to_string(&path).expect("readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut uses: Vec<String> = ["super::", "crate::geo::"]
            .iter()
            .flat_map(|prefix| code.match_indices(prefix).map(move |(i, _)| i + prefix.len()))
            .map(|i| code[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
            .filter(|m| !m.is_empty() && *m != name)
            .collect();
        uses.sort();
        uses.dedup();
        graph.insert(name, uses);
    }
    graph
}

#[test]
fn geo_modules_import_one_another_without_a_cycle() {
    let graph = imports();
    assert!(graph.len() >= 10, "{graph:?}");
    // Depth-first from each module: reaching a module already on the path is a cycle.
    fn visit(m: &str, graph: &BTreeMap<String, Vec<String>>, path: &mut Vec<String>) {
        if let Some(at) = path.iter().position(|p| p == m) {
            panic!("import cycle: {} -> {m}", path[at..].join(" -> "));
        }
        path.push(m.to_owned());
        for next in graph.get(m).into_iter().flatten().filter(|n| graph.contains_key(*n)) {
            visit(next, graph, path);
        }
        path.pop();
    }
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new());
    }
}

/// The crate's top-level modules each geo module names (`crate::x`), outside its tests.
fn crate_imports() -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir("src/geo").expect("src/geo") {
        let path = entry.expect("entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name").to_owned();
        let text = std::fs::read_to_string(&path).expect("readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut uses: Vec<String> = code
            .match_indices("crate::")
            .map(|(i, _)| {
                code[i + "crate::".len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_')
            })
            .map(|m| m.collect::<String>())
            .collect();
        uses.sort();
        uses.dedup();
        out.insert(name, uses);
    }
    out
}

#[test]
fn geo_reads_only_core_types_from_outside_geo() {
    // geo sits under model and render: it reports problems and names countries with
    // the shared core types, so a change to datasets never reaches the world file.
    // `sort` is a leaf helper that imports nothing from the crate.
    let graph = crate_imports();
    assert!(graph.values().flatten().any(|m| m == "core"), "geo should name crate::core: {graph:?}");
    for (module, uses) in &graph {
        for m in uses {
            assert!(["geo", "core", "sort"].contains(&m.as_str()), "geo/{module}.rs imports crate::{m}");
        }
    }
}
