//! Options objects from JavaScript, read with serde straight from the `JsValue`.
//!
//! A small serde [`Deserializer`](de::Deserializer) over JavaScript values, for the plain data
//! that options are made of (objects, arrays, strings, numbers, booleans, `null`, `undefined`).
//! It exists instead of serde-wasm-bindgen's, for two things options need:
//!
//! - **unknown names are errors at every depth**: an object is always handed to serde as a map of
//!   all its own enumerable properties, so `#[serde(deny_unknown_fields)]` sees a misspelt key
//!   (serde-wasm-bindgen looks up only the fields a struct declares, and ignores the rest);
//! - **errors name the place**: `terms[2].className: invalid type: …`.
//!
//! A property whose value is `undefined` counts as absent, as in `JSON.stringify`, so
//! `{ top: undefined }` means the default. A number that is a safe integer reaches serde as an
//! integer, so integer options take `3` and reject `2.5` or `-1` with serde's own messages.
//!
//! A string with a lone surrogate is an error, wherever it is: text reaches the core with U+FFFD
//! in place of each lone surrogate, so such a term would match every lone surrogate and every
//! U+FFFD of a text, and its class or category name could not be written as given. (A U+FFFD in
//! a term or pattern is fine, and matches lone surrogates of the text too.)
//!
//! Reading runs no user code only because the `js/` layer passes plain-data copies
//! (`plainData` in `js/core.js`): a getter or Proxy trap that threw here would unwind through the
//! wasm frames and leave the call's stack, allocations and borrows behind.

use js_sys::{Array, JsString, Number, Object};
use serde::de::{self, value::StringDeserializer, DeserializeOwned, IntoDeserializer, Unexpected, Visitor};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Deserializes `value` into `T`.
pub(crate) fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, OptionError> {
    T::deserialize(JsDeserializer(value))
}

/// A problem with an option, and where it is.
#[derive(Debug)]
pub(crate) struct OptionError {
    /// The path of the bad value from the options object (`terms[2].className`); empty for the
    /// object itself.
    pub path: String,
    /// What is wrong, in serde's words.
    pub message: String,
}

impl OptionError {
    /// The error as seen from one level up, through `segment` (`[2]`, or a key).
    #[inline(never)]
    fn inside(mut self, segment: &str) -> OptionError {
        let separator = if self.path.is_empty() || self.path.starts_with('[') { "" } else { "." };
        self.path = format!("{segment}{separator}{}", self.path);
        self
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.path.as_str() {
            "" => f.write_str(&self.message),
            path => write!(f, "{path}: {}", self.message),
        }
    }
}

impl std::error::Error for OptionError {}

impl de::Error for OptionError {
    fn custom<T: fmt::Display>(message: T) -> OptionError {
        OptionError { path: String::new(), message: message.to_string() }
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn de::Expected) -> OptionError {
        de::Error::custom(format_args!("invalid type: {}, expected {expected}", Found(unexpected)))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn de::Expected) -> OptionError {
        de::Error::custom(format_args!("invalid value: {}, expected {expected}", Found(unexpected)))
    }

    // The name at fault is quoted as `{:?}` quotes (serde would use backticks), so that a
    // megabyte of it is cut in the message like any other value (see `crate::error`).
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> OptionError {
        de::Error::custom(format_args!("unknown variant {variant:?}, expected {}", OneOf(expected)))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> OptionError {
        de::Error::custom(format_args!("unknown field {field:?}, expected {}", OneOf(expected)))
    }
}

/// The names an unknown name could have been: `"a"`, `"a" or "b"`, `one of "a", "b", "c"`.
struct OneOf(&'static [&'static str]);

impl fmt::Display for OneOf {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            [] => f.write_str("nothing"),
            [one] => write!(f, "{one:?}"),
            [first, second] => write!(f, "{first:?} or {second:?}"),
            [first, rest @ ..] => {
                write!(f, "one of {first:?}")?;
                rest.iter().try_for_each(|name| write!(f, ", {name:?}"))
            }
        }
    }
}

/// What was found instead of a valid value, in serde's words, except that a float is written by
/// [`JsNumber`](super::JsNumber) (serde's wording would bring Rust's float formatting into the
/// module).
struct Found<'a>(Unexpected<'a>);

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Unexpected::Bool(value) => write!(f, "boolean `{value}`"),
            Unexpected::Unsigned(value) => write!(f, "integer `{value}`"),
            Unexpected::Signed(value) => write!(f, "integer `{value}`"),
            Unexpected::Float(value) => write!(f, "floating point `{}`", super::JsNumber(value)),
            Unexpected::Str(value) => write!(f, "string {value:?}"),
            Unexpected::Unit => f.write_str("null"),
            Unexpected::Seq => f.write_str("sequence"),
            Unexpected::Map => f.write_str("map"),
            Unexpected::Other(other) => f.write_str(other),
            // Rust shapes that no JavaScript value is read as.
            _ => f.write_str("an unexpected value"),
        }
    }
}

/// One JavaScript value, to be read by serde.
struct JsDeserializer(JsValue);

/// What a JavaScript value is to serde. Telling it apart is the same for every type read, so it is
/// done once, out of line, not in each type's copy of the deserializer.
enum Value {
    Bool(bool),
    /// A safe integer, which integer options accept.
    Integer(i64),
    Float(f64),
    Text(String),
    Array(Array),
    Object(Object),
    /// A string with a lone surrogate: the string, quoted with the surrogates as `\u{d800}`, the
    /// first of them and its UTF-16 offset.
    LoneSurrogate(String, u16, usize),
    /// `null`, `undefined` (an array element; an undefined property is absent), functions,
    /// symbols, bigints: no option takes one. The name of what it is.
    Other(String),
}

impl Value {
    #[inline(never)]
    fn of(value: JsValue) -> Value {
        if let Some(flag) = value.as_bool() {
            Value::Bool(flag)
        } else if let Some(number) = value.as_f64() {
            if Number::is_safe_integer(&value) {
                Value::Integer(number as i64)
            } else {
                Value::Float(number)
            }
        } else if let Some(text) = value.as_string() {
            // Each lone surrogate arrives as U+FFFD: only a string with one can have any.
            match text.contains('\u{FFFD}').then(|| lone_surrogate(value.unchecked_ref())).flatten() {
                Some((quoted, unit, offset)) => Value::LoneSurrogate(quoted, unit, offset),
                None => Value::Text(text),
            }
        } else if Array::is_array(&value) {
            Value::Array(value.unchecked_into())
        } else if value.is_object() && !value.is_function() {
            Value::Object(value.unchecked_into())
        } else if value.is_null() {
            Value::Other("null".to_owned())
        } else {
            Value::Other(value.js_typeof().as_string().unwrap_or_default())
        }
    }
}

impl<'de> de::Deserializer<'de> for JsDeserializer {
    type Error = OptionError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        match Value::of(self.0) {
            Value::Bool(flag) => visitor.visit_bool(flag),
            Value::Integer(number) => visitor.visit_i64(number),
            Value::Float(number) => visitor.visit_f64(number),
            Value::Text(text) => visitor.visit_string(text),
            Value::Array(array) => visitor.visit_seq(Elements { array, next: 0 }),
            Value::Object(object) => visitor.visit_map(Entries::of(&object)),
            Value::Other(kind) => Err(de::Error::invalid_type(Unexpected::Other(&kind), &visitor)),
            Value::LoneSurrogate(quoted, unit, offset) => Err(de::Error::custom(format_args!(
                "string {quoted} has a lone surrogate (U+{unit:04X} at UTF-16 offset {offset}); textlens reads \
                 each one as U+FFFD, so an option cannot hold one"
            ))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// Enums of options are unit variants written as their name (`"whole"`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        match self.0.as_string() {
            Some(name) => visitor.visit_enum(IntoDeserializer::<OptionError>::into_deserializer(name)),
            None => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        visitor.visit_unit()
    }
}

/// For a string with a lone surrogate: the string quoted as `{:?}` quotes a Rust string (each
/// lone surrogate written `\u{d800}`), the first lone surrogate and its UTF-16 offset.
fn lone_surrogate(text: &JsString) -> Option<(String, u16, usize)> {
    let (mut quoted, mut first, mut offset) = (String::from('"'), None, 0);
    for decoded in char::decode_utf16(text.iter()) {
        match decoded {
            Ok(c) => {
                quoted.extend(c.escape_debug());
                offset += c.len_utf16();
            }
            Err(error) => {
                let unit = error.unpaired_surrogate();
                first.get_or_insert((unit, offset));
                quoted.push_str(&format!("\\u{{{unit:x}}}"));
                offset += 1;
            }
        }
    }
    quoted.push('"');
    first.map(|(unit, offset)| (quoted, unit, offset))
}

/// The elements of an array, each deserialized with its index in the error path.
struct Elements {
    array: Array,
    next: u32,
}

impl<'de> de::SeqAccess<'de> for Elements {
    type Error = OptionError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, OptionError> {
        if self.next >= self.array.length() {
            return Ok(None);
        }
        let index = self.next;
        self.next += 1;
        seed.deserialize(JsDeserializer(self.array.get(index)))
            .map(Some)
            .map_err(|error| error.inside(&format!("[{index}]")))
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.array.length() - self.next) as usize)
    }
}

/// The own enumerable properties of an object whose value is not `undefined`, each value
/// deserialized with its key in the error path.
struct Entries {
    entries: std::vec::IntoIter<(String, JsValue)>,
    /// The key of the value [`next_value_seed`](de::MapAccess::next_value_seed) reads next.
    key: String,
    value: JsValue,
}

impl Entries {
    #[inline(never)]
    fn of(object: &Object) -> Entries {
        let entries: Vec<(String, JsValue)> = Object::entries(object)
            .iter()
            .filter_map(|entry| {
                let pair: Array = entry.unchecked_into();
                let value = pair.get(1);
                (!value.is_undefined()).then(|| (pair.get(0).as_string().unwrap_or_default(), value))
            })
            .collect();
        Entries { entries: entries.into_iter(), key: String::new(), value: JsValue::UNDEFINED }
    }
}

impl<'de> de::MapAccess<'de> for Entries {
    type Error = OptionError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, OptionError> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = value;
        self.key = key;
        let key: StringDeserializer<OptionError> = self.key.clone().into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, OptionError> {
        let value = std::mem::replace(&mut self.value, JsValue::UNDEFINED);
        seed.deserialize(JsDeserializer(value)).map_err(|error| error.inside(&self.key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
