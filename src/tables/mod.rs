//! Arrow record batches built from the stages' output, following [`schema`].

pub mod schema;

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float32Builder, Int32Builder, Int64Builder, Int8Builder,
    LargeListBuilder, StringViewBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
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

enum Col {
    Str(StringViewBuilder),
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
}

impl TableBuilder {
    pub fn new(schema: &'static TableSchema) -> Self {
        let cols = schema
            .columns
            .iter()
            .map(|c| match c.dtype {
                DType::Str => Col::Str(StringViewBuilder::new().with_deduplicate_strings()),
                DType::Int64 => Col::I64(Int64Builder::new()),
                DType::Int32 => Col::I32(Int32Builder::new()),
                DType::Int8 => Col::I8(Int8Builder::new()),
                DType::Float32 => Col::F32(Float32Builder::new()),
                DType::Bool => Col::Bool(BooleanBuilder::new()),
                DType::Date => Col::Date(Date32Builder::new()),
                DType::StrList => Col::List(LargeListBuilder::new(StringViewBuilder::new()).with_field(item_field())),
            })
            .collect();
        TableBuilder { schema, cols, rows: 0 }
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
                (Col::Str(b), V::S(s)) => b.append_option(s),
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
                Col::Str(b) => Arc::new(b.finish()) as ArrayRef,
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
