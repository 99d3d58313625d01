#![doc = include_str!("../README.md")]

mod api;

pub use api::Event;
pub use api::{
    Command, CoreConfig, CoreHandle, CoreStopped, EventStream, StartError, TorStatus, start,
};
pub use otter_net::SocksProxy;
pub use otter_types as types;
