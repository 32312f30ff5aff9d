//! A small map from an id to a value, kept in id order: a vector searched by halves.
//!
//! The checklist keeps one entry per item the person touched (a few dozen at most). A
//! `BTreeMap` would do, but its code costs about 3 KB of every page's gzipped download that
//! uses it; this needs only a binary search and `Vec`'s insert and remove. Saved as a JSON
//! object, in id order, exactly as a `BTreeMap` was (the stored format is unchanged).

use crate::json::{FromJson, Json, ToJson};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap {
            entries: Vec::new(),
        }
    }
}

impl<V> IdMap<V> {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(key, _)| key.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    /// The value for `id`, first set to the default when there is none.
    pub fn get_or_default(&mut self, id: &str) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(id) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (id.to_string(), V::default()));
                i
            }
        };
        &mut self.entries[i].1
    }

    pub fn insert(&mut self, id: &str, value: V) {
        match self.find(id) {
            Ok(i) => self.entries[i].1 = value,
            Err(i) => self.entries.insert(i, (id.to_string(), value)),
        }
    }

    pub fn remove(&mut self, id: &str) {
        if let Ok(i) = self.find(id) {
            self.entries.remove(i);
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(id, value)| (id, value))
    }
}

impl<V: ToJson> ToJson for IdMap<V> {
    fn to_json(&self) -> Json {
        Json::Object(
            self.entries
                .iter()
                .map(|(id, value)| (id.clone(), value.to_json()))
                .collect(),
        )
    }
}

impl<V: FromJson> FromJson for IdMap<V> {
    fn from_json(value: &Json) -> Option<IdMap<V>> {
        let Json::Object(fields) = value else {
            return None;
        };
        let mut map = IdMap::default();
        for (id, value) in fields {
            map.insert(id, V::from_json(value)?);
        }
        Some(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btree_map() {
        let ids = [
            "pip",
            "attendance-allowance",
            "pip",
            "blue-badge",
            "zz",
            "a",
            "blue-badge",
        ];
        let mut map = IdMap::default();
        let mut model = BTreeMap::new();
        for (n, id) in ids.iter().enumerate() {
            if n % 3 == 2 {
                map.remove(id);
                model.remove(*id);
            } else {
                *map.get_or_default(id) += n;
                *model.entry(id.to_string()).or_default() += n;
            }
            let pairs: Vec<(String, usize)> = map.iter().map(|(k, v)| (k.clone(), *v)).collect();
            let expected: Vec<(String, usize)> = model.clone().into_iter().collect();
            assert_eq!(pairs, expected);
            assert_eq!(map.len(), model.len());
        }
        assert_eq!(map.get("pip"), model.get("pip"));
        assert_eq!(map.get("missing"), None);
    }

    #[test]
    fn json_is_an_object_in_id_order() {
        let mut map = IdMap::default();
        map.insert("pip", "applied".to_string());
        map.insert("blue-badge", "receiving".to_string());
        let json = map.to_json();
        assert_eq!(
            json.to_text(),
            r#"{"blue-badge":"receiving","pip":"applied"}"#
        );
        assert_eq!(IdMap::<String>::from_json(&json), Some(map));
        assert_eq!(IdMap::<String>::from_json(&Json::Array(vec![])), None);
    }
}
