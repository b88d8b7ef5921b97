//! Arrow record batches built from the stages' output, following [`schema`].

pub mod schema;

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::builder::{
    make_view, BooleanBuilder, Date32Builder, Float32Builder, Int32Builder, Int64Builder, Int8Builder,
    LargeListBuilder, StringViewBuilder,
};
use arrow_array::{ArrayRef, RecordBatch, StringViewArray};
use arrow_buffer::{Buffer, NullBufferBuilder, ScalarBuffer};
use arrow_data::ByteView;
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::NaiveDate;

use crate::model::date32;
pub use schema::{Column, DType, TableSchema};

/// One cell value pushed into a [`TableBuilder`].
#[derive(Debug, Clone, Copy)]
pub enum V<'a> {
    S(Option<&'a str>),
    I(Option<i64>),
    F(f32),
    B(bool),
    D(Option<NaiveDate>),
    L(&'a [String]),
    /// A string stored in the builder's shared blocks: (block, byte offset, byte length).
    /// Columns that take these views share the blocks' memory instead of copying.
    T(u32, u32, u32),
}

fn item_field() -> Arc<Field> {
    Arc::new(Field::new("item", DataType::Utf8View, true))
}

/// The Arrow type of a column type.
pub fn arrow_type(d: DType) -> DataType {
    match d {
        DType::Str => DataType::Utf8View,
        DType::Int64 => DataType::Int64,
        DType::Int32 => DataType::Int32,
        DType::Int8 => DataType::Int8,
        DType::Float32 => DataType::Float32,
        DType::Bool => DataType::Boolean,
        DType::Date => DataType::Date32,
        DType::StrList => DataType::LargeList(item_field()),
    }
}

/// The Arrow schema of a table.
pub fn arrow_schema(t: &TableSchema) -> SchemaRef {
    Arc::new(Schema::new(
        t.columns.iter().map(|c| Field::new(c.name, arrow_type(c.dtype), c.nullable)).collect::<Vec<_>>(),
    ))
}

/// A `Utf8View` column built directly: views into the builder's shared blocks (`V::T`,
/// never copied) or into the column's own data block (`V::S` values longer than 12
/// bytes, stored once per distinct value). Shorter values live inside their views.
struct StrCol {
    views: Vec<u128>,
    nulls: NullBufferBuilder,
    /// Long `V::S` values, each distinct value once.
    data: Vec<u8>,
    /// xxh3 of a long value -> its offset in `data` (made on the first long value).
    seen: Option<HashMap<u64, u32, crate::clean::FxBuild>>,
    /// Took a `V::T`: the shared blocks are the array's first buffers.
    shared: bool,
}

/// Block index of `StrCol::data` until `finish` knows where that block goes.
const OWN_DATA: u32 = u32::MAX;

impl StrCol {
    fn with_capacity(rows: usize) -> Self {
        StrCol { views: Vec::with_capacity(rows), nulls: NullBufferBuilder::new(rows), data: Vec::new(), seen: None, shared: false }
    }

    fn push_str(&mut self, s: Option<&str>) {
        let Some(s) = s else {
            self.views.push(0);
            self.nulls.append_null();
            return;
        };
        self.nulls.append_non_null();
        let v = s.as_bytes();
        if v.len() <= 12 {
            self.views.push(make_view(v, 0, 0));
            return;
        }
        let hash = xxhash_rust::xxh3::xxh3_64(v);
        let seen = self.seen.get_or_insert_with(HashMap::default);
        let offset = match seen.get(&hash) {
            Some(&o) if self.data.get(o as usize..o as usize + v.len()) == Some(v) => o,
            _ => {
                let o = u32::try_from(self.data.len()).ok().filter(|o| o.checked_add(v.len() as u32).is_some());
                // A part's labels stay far below 4 GiB: more is a bug, caught at the binding.
                let o = o.expect("string column data under 4 GiB");
                self.data.extend_from_slice(v);
                seen.insert(hash, o);
                o
            }
        };
        self.views.push(make_view(v, OWN_DATA, offset));
    }

    /// A view of `len` bytes at `offset` in shared block `block`. Checked in O(1): the
    /// blocks are valid UTF-8 (whole strings), so a range inside one that starts and
    /// ends on char boundaries is valid UTF-8; anything else is a bug, caught at the binding.
    fn push_shared(&mut self, blocks: &[Buffer], block: u32, offset: u32, len: u32) {
        let data = blocks.get(block as usize).expect("a view into an existing shared block").as_slice();
        let (s, e) = (offset as usize, offset as usize + len as usize);
        let boundary = |i: usize| i == data.len() || data.get(i).is_some_and(|&b| (b as i8) >= -0x40);
        assert!(e <= data.len() && boundary(s) && boundary(e), "a view inside the shared text, on char boundaries");
        self.shared = true;
        self.nulls.append_non_null();
        self.views.push(make_view(&data[s..e], block, offset));
    }

    fn finish(&mut self, blocks: &[Buffer]) -> StringViewArray {
        let own = if self.shared { blocks.len() as u32 } else { 0 };
        if !self.data.is_empty() {
            for v in &mut self.views {
                if (*v as u32) > 12 {
                    let mut bv = ByteView::from(*v);
                    if bv.buffer_index == OWN_DATA {
                        bv.buffer_index = own;
                        *v = bv.into();
                    }
                }
            }
        }
        let mut buffers = if self.shared { blocks.to_vec() } else { Vec::new() };
        if !self.data.is_empty() {
            buffers.push(Buffer::from_vec(std::mem::take(&mut self.data)));
        }
        let views = ScalarBuffer::from(std::mem::take(&mut self.views));
        let nulls = self.nulls.finish();
        // SAFETY: every view was made by `make_view` from valid UTF-8 (a `&str`, or a
        // checked char-boundary range of a UTF-8 block) and points into `buffers`: the
        // shared blocks keep their indices, and OWN_DATA views were re-pointed above.
        unsafe { StringViewArray::new_unchecked(views, buffers, nulls) }
    }
}

enum Col {
    Str(StrCol),
    I64(Int64Builder),
    I32(Int32Builder),
    I8(Int8Builder),
    F32(Float32Builder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
    List(LargeListBuilder<StringViewBuilder>),
}

/// Builds one table row by row; each row gives one value per column, in schema order.
pub struct TableBuilder {
    schema: &'static TableSchema,
    cols: Vec<Col>,
    rows: usize,
    blocks: Vec<Buffer>,
}

impl TableBuilder {
    pub fn new(schema: &'static TableSchema) -> Self {
        TableBuilder::with_capacity(schema, 0)
    }

    /// A builder with room for `rows` rows (no regrowing when the count is known).
    pub fn with_capacity(schema: &'static TableSchema, rows: usize) -> Self {
        let cols = schema
            .columns
            .iter()
            .map(|c| match c.dtype {
                DType::Str => Col::Str(StrCol::with_capacity(rows)),
                DType::Int64 => Col::I64(Int64Builder::with_capacity(rows)),
                DType::Int32 => Col::I32(Int32Builder::with_capacity(rows)),
                DType::Int8 => Col::I8(Int8Builder::with_capacity(rows)),
                DType::Float32 => Col::F32(Float32Builder::with_capacity(rows)),
                DType::Bool => Col::Bool(BooleanBuilder::with_capacity(rows)),
                DType::Date => Col::Date(Date32Builder::with_capacity(rows)),
                DType::StrList => Col::List(LargeListBuilder::with_capacity(StringViewBuilder::new(), rows).with_field(item_field())),
            })
            .collect();
        TableBuilder { schema, cols, rows: 0, blocks: Vec::new() }
    }

    /// A builder for `rows` rows whose string columns may take views (`V::T`) into
    /// `blocks` (valid UTF-8, each under 4 GiB). The blocks are shared, not copied.
    pub fn with_blocks(schema: &'static TableSchema, rows: usize, blocks: &[Buffer]) -> Self {
        let mut b = TableBuilder::with_capacity(schema, rows);
        b.blocks = blocks.to_vec();
        b
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Appends a row. Panics (a bug, caught at the binding) if the values do not
    /// match the schema: the tests build every table.
    pub fn push(&mut self, row: &[V]) {
        assert_eq!(row.len(), self.cols.len(), "table {}: wrong number of values", self.schema.name);
        for (i, (col, v)) in self.cols.iter_mut().zip(row).enumerate() {
            match (col, *v) {
                (Col::Str(c), V::S(s)) => c.push_str(s),
                (Col::Str(c), V::T(block, offset, len)) => c.push_shared(&self.blocks, block, offset, len),
                (Col::I64(b), V::I(x)) => b.append_option(x),
                (Col::I32(b), V::I(x)) => b.append_option(x.map(|x| x as i32)),
                (Col::I8(b), V::I(x)) => b.append_option(x.map(|x| x as i8)),
                (Col::F32(b), V::F(x)) => b.append_value(x),
                (Col::Bool(b), V::B(x)) => b.append_value(x),
                (Col::Date(b), V::D(d)) => b.append_option(d.map(date32)),
                (Col::List(b), V::L(items)) => {
                    for it in items {
                        b.values().append_value(it);
                    }
                    b.append(true);
                }
                _ => panic!("table {}: column {} got a value of the wrong type", self.schema.name, self.schema.columns[i].name),
            }
        }
        self.rows += 1;
    }

    /// Finishes the table as one record batch.
    pub fn finish(mut self) -> RecordBatch {
        let arrays: Vec<ArrayRef> = self
            .cols
            .iter_mut()
            .map(|c| match c {
                Col::Str(c) => Arc::new(c.finish(&self.blocks)) as ArrayRef,
                Col::I64(b) => Arc::new(b.finish()) as ArrayRef,
                Col::I32(b) => Arc::new(b.finish()) as ArrayRef,
                Col::I8(b) => Arc::new(b.finish()) as ArrayRef,
                Col::F32(b) => Arc::new(b.finish()) as ArrayRef,
                Col::Bool(b) => Arc::new(b.finish()) as ArrayRef,
                Col::Date(b) => Arc::new(b.finish()) as ArrayRef,
                Col::List(b) => Arc::new(b.finish()) as ArrayRef,
            })
            .collect();
        RecordBatch::try_new(arrow_schema(self.schema), arrays).expect("arrays follow the schema")
    }
}

/// A table as record batches of one schema, built part by part and never
/// concatenated (polars takes each batch as a chunk, without copying).
#[derive(Debug, Clone)]
pub struct Table {
    pub schema: &'static TableSchema,
    pub batches: Vec<RecordBatch>,
}

impl Table {
    pub fn new(schema: &'static TableSchema, batches: Vec<RecordBatch>) -> Self {
        Table { schema, batches }
    }

    /// An empty table.
    pub fn empty(schema: &'static TableSchema) -> Self {
        Table { schema, batches: Vec::new() }
    }

    pub fn num_rows(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    /// The batches to export: at least one, so that consumers always see the schema.
    pub fn export(&self) -> Vec<RecordBatch> {
        if self.batches.is_empty() {
            vec![TableBuilder::new(self.schema).finish()]
        } else {
            self.batches.clone()
        }
    }

    /// The values of the string column `name`, over every batch (None when there is
    /// no such string column). For tests and small tables.
    pub fn strings(&self, name: &str) -> Option<Vec<Option<String>>> {
        let mut out = Vec::new();
        for b in &self.batches {
            let col = b.column_by_name(name)?;
            let col = col.as_any().downcast_ref::<arrow_array::StringViewArray>()?;
            out.extend(col.iter().map(|v| v.map(str::to_string)));
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_builds_with_its_schema() {
        for t in schema::ALL {
            let mut b = TableBuilder::new(t);
            let list = vec!["KCNA".to_string()];
            let row: Vec<V> = t
                .columns
                .iter()
                .map(|c| match c.dtype {
                    DType::Str => V::S(Some("x")),
                    DType::Int64 | DType::Int32 | DType::Int8 => V::I(Some(1)),
                    DType::Float32 => V::F(0.5),
                    DType::Bool => V::B(true),
                    DType::Date => V::D(NaiveDate::from_ymd_opt(2022, 9, 22)),
                    DType::StrList => V::L(&list),
                })
                .collect();
            b.push(&row);
            let batch = b.finish();
            assert_eq!(batch.num_rows(), 1);
            assert_eq!(batch.schema(), arrow_schema(t));
        }
    }
}
