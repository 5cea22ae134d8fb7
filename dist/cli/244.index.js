export const id = 244;
export const ids = [244];
export const modules = {

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UU: () => (/* binding */ enumValues),
  pv: () => (/* binding */ fieldType),
  yD: () => (/* binding */ inputFields),
  U0: () => (/* binding */ inputTypeDef),
  X3: () => (/* binding */ parseTypeRef)
});

// UNUSED EXPORTS: BUILT_IN_SCALARS

;// CONCATENATED MODULE: ./src/buffer/input-types.generated.ts
const INPUT_TYPES = {
    AccountId: { kind: 'scalar' },
    AggregatedPostMetricsInput: {
        kind: 'input',
        fields: {
            channelIds: { type: '[ChannelId!]' },
            endDateTime: { type: 'DateTime!' },
            organizationId: { type: 'OrganizationId!' },
            startDateTime: { type: 'DateTime!' },
            tags: { type: 'TagComparator' },
        },
    },
    AnnotationInputFacebook: {
        kind: 'input',
        fields: {
            content: { type: 'String!' },
            indices: { type: '[Int!]!' },
            text: { type: 'String!' },
            url: { type: 'String!' },
        },
    },
    AnnotationInputLinkedIn: {
        kind: 'input',
        fields: {
            id: { type: 'String!' },
            entity: { type: 'String!' },
            length: { type: 'Int!' },
            link: { type: 'String!' },
            localizedName: { type: 'String!' },
            start: { type: 'Int!' },
            vanityName: { type: 'String!' },
        },
    },
    AnnotationType: { kind: 'enum', values: ['annotation', 'cashtag', 'hashtag', 'mention', 'url'] },
    AssetInput: {
        kind: 'input',
        fields: {
            document: { type: 'DocumentAssetInput' },
            image: { type: 'ImageAssetInput' },
            link: { type: 'LinkAssetInput' },
            video: { type: 'VideoAssetInput' },
        },
    },
    AssetType: { kind: 'enum', values: ['document', 'image', 'video'] },
    BlueskyPostMetadataInput: {
        kind: 'input',
        fields: {
            linkAttachment: { type: 'LinkAttachmentInput' },
            thread: { type: '[ThreadedPostInput!]' },
        },
    },
    ChannelAction: { kind: 'enum', values: ['backfillChannel', 'manageCapabilities', 'manageComments', 'manageIntegrations', 'managePostingSchedule', 'manageUpdates', 'publishStartPage', 'readUpdates', 'reconnectChannel', 'removeChannel', 'viewCapabilities', 'viewChannel', 'viewComments', 'viewInsights', 'viewPublish', 'viewUpdates'] },
    ChannelId: { kind: 'scalar' },
    ChannelInput: {
        kind: 'input',
        fields: {
            id: { type: 'ChannelId!' },
        },
    },
    ChannelType: { kind: 'enum', values: ['account', 'business', 'channel', 'group', 'page', 'profile'] },
    ChannelsFiltersInput: {
        kind: 'input',
        fields: {
            isLocked: { type: 'Boolean' },
            product: { type: 'Product' },
        },
    },
    ChannelsInput: {
        kind: 'input',
        fields: {
            filter: { type: 'ChannelsFiltersInput' },
            organizationId: { type: 'OrganizationId!' },
        },
    },
    ConnectedAppCategory: { kind: 'enum', values: ['mcp'] },
    CreateIdeaInput: {
        kind: 'input',
        fields: {
            content: { type: 'IdeaContentInput!' },
            cta: { type: 'String' },
            group: { type: 'IdeaGroupInput' },
            organizationId: { type: 'ID!' },
            templateId: { type: 'String' },
        },
    },
    CreatePostInput: {
        kind: 'input',
        fields: {
            aiAssisted: { type: 'Boolean' },
            assets: { type: '[AssetInput!]!', hasDefault: true },
            channelId: { type: 'ChannelId!' },
            draftId: { type: 'DraftId' },
            dueAt: { type: 'DateTime' },
            ideaId: { type: 'IdeaId' },
            metadata: { type: 'PostInputMetaData' },
            mode: { type: 'ShareMode!' },
            needsApproval: { type: 'Boolean!', hasDefault: true },
            saveToDraft: { type: 'Boolean' },
            schedulingType: { type: 'SchedulingType!' },
            source: { type: 'String' },
            tagIds: { type: '[TagId!]' },
            text: { type: 'String' },
        },
    },
    CreatePostTemplateInput: {
        kind: 'input',
        fields: {
            body: { type: 'String!' },
            description: { type: 'String' },
            emoji: { type: 'String' },
            organizationId: { type: 'OrganizationId!' },
            title: { type: 'String!' },
            visibility: { type: 'PostTemplateVisibility' },
        },
    },
    DailyPostingLimitsInput: {
        kind: 'input',
        fields: {
            channelIds: { type: '[ChannelId!]!' },
            date: { type: 'DateTime' },
        },
    },
    DateTime: { kind: 'scalar' },
    DateTimeComparator: {
        kind: 'input',
        fields: {
            end: { type: 'DateTime' },
            start: { type: 'DateTime' },
        },
    },
    DateTimePresence: { kind: 'enum', values: ['absent', 'present'] },
    DayOfWeek: { kind: 'enum', values: ['fri', 'mon', 'sat', 'sun', 'thu', 'tue', 'wed'] },
    DeletePostInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostId!' },
        },
    },
    DeletePostTemplateInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostTemplateId!' },
        },
    },
    DocumentAssetInput: {
        kind: 'input',
        fields: {
            thumbnailUrl: { type: 'String!' },
            title: { type: 'String!' },
            url: { type: 'String!' },
        },
    },
    DraftId: { kind: 'scalar' },
    EditPostInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostId!' },
            aiAssisted: { type: 'Boolean' },
            approvalChange: { type: 'PostApprovalChange' },
            assets: { type: '[AssetInput!]' },
            draftId: { type: 'DraftId' },
            dueAt: { type: 'DateTime' },
            ideaId: { type: 'IdeaId' },
            metadata: { type: 'PostInputMetaData' },
            mode: { type: 'ShareMode' },
            saveToDraft: { type: 'Boolean' },
            schedulingType: { type: 'SchedulingType' },
            source: { type: 'String' },
            tagIds: { type: '[TagId!]' },
            text: { type: 'String' },
        },
    },
    FacebookPostMetadataInput: {
        kind: 'input',
        fields: {
            annotations: { type: '[AnnotationInputFacebook!]' },
            firstComment: { type: 'String' },
            linkAttachment: { type: 'LinkAttachmentInput' },
            type: { type: 'PostTypeFacebook!' },
        },
    },
    GoogleBusinessEventMetaDataInput: {
        kind: 'input',
        fields: {
            button: { type: 'GoogleBusinessPostActionType' },
            endDate: { type: 'DateTime' },
            isFullDayEvent: { type: 'Boolean!' },
            link: { type: 'String' },
            startDate: { type: 'DateTime' },
            title: { type: 'String' },
        },
    },
    GoogleBusinessOfferMetaDataInput: {
        kind: 'input',
        fields: {
            code: { type: 'String' },
            endDate: { type: 'DateTime' },
            link: { type: 'String' },
            startDate: { type: 'DateTime' },
            terms: { type: 'String' },
            title: { type: 'String' },
        },
    },
    GoogleBusinessPostActionType: { kind: 'enum', values: ['book', 'call', 'learn_more', 'none', 'order', 'shop', 'signup'] },
    GoogleBusinessPostMetadataInput: {
        kind: 'input',
        fields: {
            detailsEvent: { type: 'GoogleBusinessEventMetaDataInput' },
            detailsOffer: { type: 'GoogleBusinessOfferMetaDataInput' },
            detailsWhatsNew: { type: 'GoogleBusinessWhatsNewMetaDataInput' },
            title: { type: 'String' },
            type: { type: 'PostTypeGoogleBusiness!' },
        },
    },
    GoogleBusinessWhatsNewMetaDataInput: {
        kind: 'input',
        fields: {
            button: { type: 'GoogleBusinessPostActionType' },
            link: { type: 'String' },
        },
    },
    IdeaContentInput: {
        kind: 'input',
        fields: {
            aiAssisted: { type: 'Boolean' },
            date: { type: 'DateTime' },
            media: { type: '[IdeaMediaInput!]' },
            services: { type: '[Service!]' },
            tags: { type: '[TagInput!]' },
            text: { type: 'String' },
            title: { type: 'String' },
        },
    },
    IdeaGroupInput: {
        kind: 'input',
        fields: {
            groupId: { type: 'ID' },
            placeAfterId: { type: 'ID' },
        },
    },
    IdeaGroupMembership: { kind: 'enum', values: ['grouped', 'ungrouped'] },
    IdeaGroupsInput: {
        kind: 'input',
        fields: {
            organizationId: { type: 'ID!' },
        },
    },
    IdeaId: { kind: 'scalar' },
    IdeaMediaInput: {
        kind: 'input',
        fields: {
            url: { type: 'String!' },
            alt: { type: 'String' },
            thumbnailUrl: { type: 'String' },
            type: { type: 'MediaType!' },
            size: { type: 'Int' },
            source: { type: 'IdeaMediaSourceInput' },
        },
    },
    IdeaMediaSourceInput: {
        kind: 'input',
        fields: {
            name: { type: 'String!' },
            id: { type: 'String' },
            trigger: { type: 'String' },
            author: { type: 'String' },
            authorUrl: { type: 'String' },
        },
    },
    IdeasGroupFilter: {
        kind: 'input', oneOf: true,
        fields: {
            groups: { type: '[ID!]' },
            membership: { type: 'IdeaGroupMembership' },
        },
    },
    IdeasInput: {
        kind: 'input',
        fields: {
            groupFilter: { type: 'IdeasGroupFilter' },
            organizationId: { type: 'OrganizationId!' },
            tagsFilter: { type: 'TagComparator' },
        },
    },
    ImageAssetInput: {
        kind: 'input',
        fields: {
            metadata: { type: 'ImageMetadataInput' },
            thumbnailUrl: { type: 'String' },
            url: { type: 'String!' },
        },
    },
    ImageDimensionsInput: {
        kind: 'input',
        fields: {
            height: { type: 'Int!' },
            width: { type: 'Int!' },
        },
    },
    ImageMetadataInput: {
        kind: 'input',
        fields: {
            altText: { type: 'String!' },
            animatedThumbnail: { type: 'String' },
            dimensions: { type: 'ImageDimensionsInput' },
            userTags: { type: '[UserTagInput!]' },
        },
    },
    InstagramGeolocationInput: {
        kind: 'input',
        fields: {
            id: { type: 'String' },
            text: { type: 'String' },
        },
    },
    InstagramPostMetadataInput: {
        kind: 'input',
        fields: {
            firstComment: { type: 'String' },
            geolocation: { type: 'InstagramGeolocationInput' },
            isAiGenerated: { type: 'Boolean' },
            link: { type: 'String' },
            shouldShareToFeed: { type: 'Boolean!' },
            stickerFields: { type: 'InstagramStickerFieldsInput' },
            type: { type: 'PostType!' },
        },
    },
    InstagramStickerFieldsInput: {
        kind: 'input',
        fields: {
            music: { type: 'String' },
            other: { type: 'String' },
            products: { type: 'String' },
            text: { type: 'String' },
            topics: { type: 'String' },
        },
    },
    LinkAssetInput: {
        kind: 'input',
        fields: {
            description: { type: 'String' },
            thumbnailUrl: { type: 'String' },
            title: { type: 'String' },
            url: { type: 'String!' },
        },
    },
    LinkAttachmentInput: {
        kind: 'input',
        fields: {
            description: { type: 'String' },
            thumbnail: { type: 'LinkAttachmentThumbnailInput' },
            title: { type: 'String' },
            url: { type: 'String!' },
        },
    },
    LinkAttachmentThumbnailInput: {
        kind: 'input',
        fields: {
            url: { type: 'String!' },
        },
    },
    LinkedInPostMetadataInput: {
        kind: 'input',
        fields: {
            annotations: { type: '[AnnotationInputLinkedIn!]' },
            firstComment: { type: 'String' },
            linkAttachment: { type: 'LinkAttachmentInput' },
        },
    },
    MastodonPostMetadataInput: {
        kind: 'input',
        fields: {
            spoilerText: { type: 'String' },
            thread: { type: '[ThreadedPostInput!]' },
        },
    },
    MediaType: { kind: 'enum', values: ['image', 'gif', 'video', 'link', 'document', 'unsupported'] },
    MovePostInQueueInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostId!' },
            position: { type: 'QueuePosition!' },
        },
    },
    NoteAction: { kind: 'enum', values: ['deleteNote', 'updateNote'] },
    NoteId: { kind: 'scalar' },
    NoteType: { kind: 'enum', values: ['aiGenerated', 'bufferGenerated', 'userGenerated'] },
    NotificationStatus: { kind: 'enum', values: ['markedAsPublished', 'notified'] },
    OrganizationFilterInput: {
        kind: 'input',
        fields: {
            organizationId: { type: 'String!' },
        },
    },
    OrganizationId: { kind: 'scalar' },
    PinterestPostMetadataInput: {
        kind: 'input',
        fields: {
            boardServiceId: { type: 'String' },
            title: { type: 'String' },
            url: { type: 'String' },
        },
    },
    PostAction: { kind: 'enum', values: ['addPostNote', 'addPostToQueue', 'approvePost', 'cancelPostRecurrence', 'copyPostLink', 'createPostRecurrence', 'deletePost', 'duplicatePost', 'editPostRecurrence', 'movePostToDraft', 'publishPostNext', 'publishPostNow', 'rejectPost', 'removePostScheduledTime', 'requestPostApproval', 'revertPostApprovalRequest', 'sharePostLink', 'updatePost', 'updatePostSchedule', 'updatePostTags', 'updateShopGridLink', 'viewPost'] },
    PostApprovalChange: { kind: 'enum', values: ['request', 'revert'] },
    PostId: { kind: 'scalar' },
    PostInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostId!' },
        },
    },
    PostInputMetaData: {
        kind: 'input',
        fields: {
            bluesky: { type: 'BlueskyPostMetadataInput' },
            facebook: { type: 'FacebookPostMetadataInput' },
            google: { type: 'GoogleBusinessPostMetadataInput' },
            instagram: { type: 'InstagramPostMetadataInput' },
            linkedin: { type: 'LinkedInPostMetadataInput' },
            mastodon: { type: 'MastodonPostMetadataInput' },
            pinterest: { type: 'PinterestPostMetadataInput' },
            threads: { type: 'ThreadsPostMetadataInput' },
            tiktok: { type: 'TikTokPostMetadataInput' },
            twitter: { type: 'TwitterPostMetadataInput' },
            youtube: { type: 'YoutubePostMetadataInput' },
        },
    },
    PostMetricType: { kind: 'enum', values: ['clicks', 'comments', 'engagementRate', 'favorites', 'follows', 'impressions', 'likes', 'link_clicks', 'other', 'postCount', 'quotes', 'reach', 'reactions', 'reblogs', 'repins', 'replies', 'reposts', 'retweets', 'saves', 'shares', 'totalTimeWatched', 'viewers', 'views'] },
    PostMetricUnit: { kind: 'enum', values: ['count', 'percentage'] },
    PostSortInput: {
        kind: 'input',
        fields: {
            direction: { type: 'SortDirection!' },
            field: { type: 'PostSortableKey!' },
        },
    },
    PostSortableKey: { kind: 'enum', values: ['dueAt', 'createdAt'] },
    PostStatus: { kind: 'enum', values: ['draft', 'error', 'needs_approval', 'scheduled', 'sending', 'sent'] },
    PostTemplateId: { kind: 'scalar' },
    PostTemplateInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostTemplateId!' },
        },
    },
    PostTemplateVisibility: { kind: 'enum', values: ['internal', 'private', 'public'] },
    PostTemplatesFilterInput: {
        kind: 'input',
        fields: {
            visibility: { type: 'PostTemplateVisibility' },
        },
    },
    PostTemplatesInput: {
        kind: 'input',
        fields: {
            filter: { type: 'PostTemplatesFilterInput' },
            organizationId: { type: 'OrganizationId!' },
        },
    },
    PostType: { kind: 'enum', values: ['carousel', 'event', 'ghost_post', 'offer', 'post', 'reel', 'short', 'story', 'thread', 'whats_new'] },
    PostTypeFacebook: { kind: 'enum', values: ['post', 'reel', 'story'] },
    PostTypeGoogleBusiness: { kind: 'enum', values: ['event', 'offer', 'whats_new'] },
    PostVia: { kind: 'enum', values: ['api', 'buffer', 'network'] },
    PostingGoalStatus: { kind: 'enum', values: ['AtRisk', 'Hit', 'OnTrack'] },
    PostsFiltersInput: {
        kind: 'input',
        fields: {
            channelIds: { type: '[ChannelId!]' },
            dueAt: { type: 'DateTimeComparator' },
            dueAtPresence: { type: 'DateTimePresence' },
            endDate: { type: 'DateTime' },
            startDate: { type: 'DateTime' },
            status: { type: '[PostStatus!]' },
            tagIds: { type: '[TagId!]' },
            tags: { type: 'TagComparator' },
            createdAt: { type: 'DateTimeComparator' },
        },
    },
    PostsInput: {
        kind: 'input',
        fields: {
            filter: { type: 'PostsFiltersInput' },
            organizationId: { type: 'OrganizationId!' },
            sort: { type: '[PostSortInput!]' },
        },
    },
    Product: { kind: 'enum', values: ['analyze', 'buffer', 'comments', 'engage', 'publish', 'startPage'] },
    QueuePosition: { kind: 'enum', values: ['bottom', 'top'] },
    RetweetMetadataInput: {
        kind: 'input',
        fields: {
            id: { type: 'String!' },
            comment: { type: 'String' },
        },
    },
    ScheduleOption: { kind: 'enum', values: ['Queue', 'Prioritize', 'FixedTime', 'Now'] },
    SchedulingType: { kind: 'enum', values: ['automatic', 'notification'] },
    Service: { kind: 'enum', values: ['bluesky', 'facebook', 'googlebusiness', 'instagram', 'linkedin', 'mastodon', 'pinterest', 'startPage', 'threads', 'tiktok', 'twitter', 'youtube'] },
    ShareMode: { kind: 'enum', values: ['addToQueue', 'customScheduled', 'shareNext', 'shareNow'] },
    SortDirection: { kind: 'enum', values: ['asc', 'desc'] },
    TagColorName: { kind: 'enum', values: ['blue', 'blueLight', 'gray', 'grayLight', 'green', 'greenLight', 'orange', 'orangeLight', 'pink', 'pinkLight', 'purple', 'purpleLight', 'red', 'redLight', 'teal', 'tealLight', 'yellow', 'yellowLight'] },
    TagComparator: {
        kind: 'input',
        fields: {
            in: { type: '[TagId!]!' },
            isEmpty: { type: 'Boolean!', hasDefault: true },
        },
    },
    TagId: { kind: 'scalar' },
    TagInput: {
        kind: 'input',
        fields: {
            id: { type: 'ID!' },
            name: { type: 'String!' },
            color: { type: 'String!' },
        },
    },
    ThreadedPostInput: {
        kind: 'input',
        fields: {
            assets: { type: '[AssetInput!]!', hasDefault: true },
            text: { type: 'String' },
        },
    },
    ThreadsPostMetadataInput: {
        kind: 'input',
        fields: {
            linkAttachment: { type: 'LinkAttachmentInput' },
            locationId: { type: 'String' },
            locationName: { type: 'String' },
            thread: { type: '[ThreadedPostInput!]' },
            topic: { type: 'String' },
            type: { type: 'PostType' },
        },
    },
    TikTokPostMetadataInput: {
        kind: 'input',
        fields: {
            isAiGenerated: { type: 'Boolean' },
            title: { type: 'String' },
        },
    },
    TwitterPostMetadataInput: {
        kind: 'input',
        fields: {
            isAiGenerated: { type: 'Boolean' },
            retweet: { type: 'RetweetMetadataInput' },
            thread: { type: '[ThreadedPostInput!]' },
        },
    },
    UpdatePostTemplateInput: {
        kind: 'input',
        fields: {
            id: { type: 'PostTemplateId!' },
            body: { type: 'String' },
            description: { type: 'String' },
            emoji: { type: 'String' },
            title: { type: 'String' },
            visibility: { type: 'PostTemplateVisibility' },
        },
    },
    UserTagInput: {
        kind: 'input',
        fields: {
            handle: { type: 'String!' },
            x: { type: 'Float!' },
            y: { type: 'Float!' },
        },
    },
    VideoAssetInput: {
        kind: 'input',
        fields: {
            metadata: { type: 'VideoMetadataInput' },
            thumbnailUrl: { type: 'String' },
            url: { type: 'String!' },
        },
    },
    VideoMetadataInput: {
        kind: 'input',
        fields: {
            thumbnailOffset: { type: 'Int' },
            title: { type: 'String' },
        },
    },
    YoutubeLicense: { kind: 'enum', values: ['creativeCommon', 'youtube'] },
    YoutubePostMetadataInput: {
        kind: 'input',
        fields: {
            categoryId: { type: 'String' },
            embeddable: { type: 'Boolean' },
            isAiGenerated: { type: 'Boolean' },
            license: { type: 'YoutubeLicense' },
            madeForKids: { type: 'Boolean' },
            notifySubscribers: { type: 'Boolean' },
            privacy: { type: 'YoutubePrivacy' },
            title: { type: 'String' },
        },
    },
    YoutubePrivacy: { kind: 'enum', values: ['private', 'public', 'unlisted'] },
};

;// CONCATENATED MODULE: ./src/buffer/input-types.ts
/**
 * Buffer's input types as data (generated from the reference's SDL into
 * input-types.generated.ts), and the small vocabulary to read them: a type
 * reference such as `[AssetInput!]!` and the definitions of named types.
 * Plain data, so checking a file's values costs no schema build at start-up.
 */

const BUILT_IN_SCALARS = ['String', 'ID', 'Int', 'Float', 'Boolean'];
const parsed = new Map();
/** `[AssetInput!]!` → list (non-null) of non-null `AssetInput`. Throws on a reference that names no type: that is a bug here, not in a file. */
function parseTypeRef(text) {
    const cached = parsed.get(text);
    if (cached)
        return cached;
    let inner = text.trim();
    const nonNull = inner.endsWith('!');
    if (nonNull)
        inner = inner.slice(0, -1);
    let ref;
    if (inner.startsWith('[') && inner.endsWith(']'))
        ref = { kind: 'list', of: parseTypeRef(inner.slice(1, -1)), nonNull };
    else {
        if (!BUILT_IN_SCALARS.includes(inner) && !INPUT_TYPES[inner])
            throw new Error(`Unknown GraphQL type \`${inner}\``);
        ref = { kind: 'named', name: inner, nonNull };
    }
    parsed.set(text, ref);
    return ref;
}
function inputTypeDef(name) {
    return INPUT_TYPES[name];
}
/** The fields of an input object type; throws for a name that is not one (a bug here). */
function inputFields(name) {
    const def = INPUT_TYPES[name];
    if (def?.kind !== 'input')
        throw new Error(`\`${name}\` is not an input object type`);
    return def.fields;
}
function enumValues(name) {
    const def = INPUT_TYPES[name];
    if (def?.kind !== 'enum')
        throw new Error(`\`${name}\` is not an enum type`);
    return def.values;
}
/** The type reference of `type.field`, e.g. `fieldType('PostInputMetaData', 'youtube')` → `YoutubePostMetadataInput`. */
function fieldType(type, field) {
    return inputFields(type)[field]?.type;
}


/***/ }),

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ collectImages),
/* harmony export */   Vi: () => (/* binding */ checkImageUrl),
/* harmony export */   Xi: () => (/* binding */ splitBody),
/* harmony export */   mu: () => (/* binding */ definitionsOf)
/* harmony export */ });
/* unused harmony export imageAsset */
/* harmony import */ var _markdown_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(890);

/** Images of a tree, in document order, with reference-style images resolved through `definitions`. */
function collectImages(tree, definitions, toFile) {
    const images = [];
    eachNode(tree, (node) => {
        if (node.type !== 'image' && node.type !== 'imageReference')
            return;
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
        if (url === undefined)
            return;
        const start = node.position?.start ?? { line: 1, column: 1 };
        images.push({ url, alt: node.alt ?? '', position: toFile({ line: start.line, column: start.column }) });
    });
    return images;
}
function definitionsOf(tree) {
    const definitions = new Map();
    eachNode(tree, (node) => {
        // CommonMark: the first definition of a label wins.
        if (node.type === 'definition' && !definitions.has(node.identifier))
            definitions.set(node.identifier, node);
    });
    return definitions;
}
/**
 * Every node of `node`'s tree in document order (the node, then each child's
 * tree), as unist-util-visit walks it, without loading that package: a plain
 * post's check never needs it (issue 16).
 */
function eachNode(node, visit) {
    visit(node);
    if ('children' in node)
        for (const child of node.children)
            eachNode(child, visit);
}
/** An image URL Buffer can fetch: absolute https. Anything else is reported here. */
function checkImageUrl(image, findings) {
    const { url, position } = image;
    if (/^https:\/\//i.test(url))
        return;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        findings.error('image-url-relative', position, `Image \`${url}\` is a relative path; Buffer fetches images by URL. Upload it and use its absolute https:// URL.`);
    }
    else {
        findings.error('image-url-not-https', position, `Image \`${url}\` is not an https:// URL; Buffer needs an absolute https:// address.`);
    }
}
function imageAsset(image) {
    return { image: image.alt ? { url: image.url, metadata: { altText: image.alt } } : { url: image.url } };
}
/** A `Setext` heading underlined with dashes looks like a thread break but is not one. */
function isDashUnderlinedHeading(node, body) {
    if (node.type !== 'heading' || node.depth !== 2)
        return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined)
        return false;
    const source = body.slice(start, end);
    const lastLine = source.split(/\r?\n/).pop() ?? '';
    return source.includes('\n') && /^ {0,3}-+[ \t]*$/.test(lastLine);
}
function splitBody(body, bodyLine, findings) {
    const toFile = (p) => ({ line: p.line + bodyLine - 1, column: p.column });
    const tree = (0,_markdown_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarkdown */ .Dd)(body);
    const definitions = definitionsOf(tree);
    const groups = [{ nodes: [] }];
    for (const node of tree.children) {
        if (node.type === 'thematicBreak') {
            const start = node.position?.start ?? { line: 1, column: 1 };
            groups.push({ nodes: [], breakAt: toFile({ line: start.line, column: start.column }) });
            continue;
        }
        if (isDashUnderlinedHeading(node, body)) {
            const end = node.position?.end ?? { line: 1, column: 1 };
            findings.warning('setext-heading', toFile({ line: end.line, column: 1 }), 'This `---` underlines the line above as a heading instead of starting a new thread item; put a blank line before it to split the thread.');
        }
        groups[groups.length - 1]?.nodes.push(node);
    }
    const items = [];
    for (const [index, group] of groups.entries()) {
        // Link definitions alone print nothing; an item made only of them is empty.
        const content = group.nodes.filter((n) => n.type !== 'definition');
        const first = group.nodes[0];
        const last = group.nodes[group.nodes.length - 1];
        if (content.length === 0 || !first || !last) {
            if (groups.length > 1) {
                // Point at the break that closes the empty item (or the trailing one that opened it).
                const at = groups[index + 1]?.breakAt ?? group.breakAt ?? toFile({ line: 1, column: 1 });
                findings.warning('empty-thread-item', at, 'This thread item is empty (two breaks in a row, or a break at the start or end of the body); remove the extra `---`.');
            }
            continue;
        }
        const start = first.position?.start;
        const markdown = body.slice(start?.offset ?? 0, last.position?.end.offset ?? body.length).replace(/\r\n?/g, '\n');
        const images = group.nodes.flatMap((node) => collectImages(node, definitions, toFile));
        for (const image of images)
            checkImageUrl(image, findings);
        items.push({
            markdown,
            assets: images.map(imageAsset),
            position: toFile({ line: start?.line ?? 1, column: start?.column ?? 1 }),
        });
    }
    if (items.length === 0)
        items.push({ markdown: '', assets: [], position: { line: bodyLine, column: 1 } });
    return items;
}


/***/ }),

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ resolveDateTime),
/* harmony export */   ml: () => (/* binding */ resolveDueAt)
/* harmony export */ });
/* unused harmony exports ISO, DATE_ONLY */
/* harmony import */ var _time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4383);
/**
 * `dueAt` (and any other `DateTime` a file sends, such as an idea's `date`)
 * as written → a UTC instant. The text is the user's (never YAML's timestamp
 * conversion); an offset in the text wins, otherwise the configured IANA time
 * zone applies.
 */

// YYYY-MM-DD, `T` or a space, HH:MM, optional :SS and fraction, optional Z / ±HH[:MM].
// Exported for scripts/schemas.ts, which writes the same forms into the JSON Schemas.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const EXAMPLE = 'e.g. `2026-12-01T09:00:00+01:00`';
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function parseOffsetMinutes(text) {
    if (/^[Zz]$/.test(text))
        return 0;
    const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
    if (!match)
        return undefined;
    const hours = Number(match[2]);
    const minutes = Number(match[3] ?? '0');
    if (hours > 23 || minutes > 59)
        return undefined;
    return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
function resolveDueAt(raw, timeZone) {
    return resolveDateTime(raw, timeZone, { label: 'dueAt' });
}
function resolveDateTime(raw, timeZone, opts) {
    const { label } = opts;
    const text = raw.trim();
    const dateOnly = DATE_ONLY.test(text);
    if (dateOnly && !opts.dateMeansMidnight) {
        return {
            ok: false,
            code: 'invalid-due-at',
            message: `${label} \`${raw}\` has no time of day; write a date and time, ${EXAMPLE}.`,
        };
    }
    const match = ISO.exec(dateOnly ? `${text}T00:00:00${timeZone ? '' : 'Z'}` : text);
    if (!match) {
        return {
            ok: false,
            code: 'invalid-due-at',
            message: `${label} \`${raw}\` is not an ISO 8601 date-time; write it like ${EXAMPLE}.`,
        };
    }
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
    const second = Number(match[6] ?? '0');
    // Keep milliseconds; finer digits are truncated (Buffer stores milliseconds).
    const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3) || '0');
    const wall = { year: year, month: month, day: day, hour: hour, minute: minute, second, millisecond };
    if (wall.month < 1 ||
        wall.month > 12 ||
        wall.day < 1 ||
        wall.day > daysInMonth(wall.year, wall.month) ||
        wall.hour > 23 ||
        wall.minute > 59 ||
        wall.second > 59) {
        return {
            ok: false,
            code: 'invalid-due-at',
            message: `${label} \`${raw}\` is not a real date and time; check the day, month and time (${EXAMPLE}).`,
        };
    }
    const offsetText = match[8];
    if (offsetText !== undefined) {
        const offsetMinutes = parseOffsetMinutes(offsetText);
        if (offsetMinutes === undefined) {
            return {
                ok: false,
                code: 'invalid-due-at',
                message: `${label} \`${raw}\` has an invalid UTC offset \`${offsetText}\`; use \`Z\` or \`±HH:MM\`.`,
            };
        }
        const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) -
            offsetMinutes * 60_000;
        return { ok: true, iso: new Date(utc).toISOString() };
    }
    if (!timeZone) {
        return {
            ok: false,
            code: 'due-at-no-timezone',
            message: `${label} \`${raw}\` has no UTC offset and no time zone is configured; add an offset (${EXAMPLE}) or set a \`timezone\` (e.g. \`timezone: Europe/Berlin\` in buffer-gitops.yml).`,
        };
    }
    if (!(0,_time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq)(timeZone)) {
        return {
            ok: false,
            code: 'invalid-timezone',
            message: `The configured time zone \`${timeZone}\` is not an IANA zone (e.g. \`Europe/Berlin\`); fix the \`timezone\` setting or add an offset to ${label}.`,
        };
    }
    const resolved = (0,_time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .wallTimeToUtc */ .X9)(wall, timeZone);
    const iso = new Date(resolved.epochMs).toISOString();
    if (resolved.kind === 'ambiguous') {
        return {
            ok: true,
            iso,
            note: {
                code: 'due-at-ambiguous',
                message: `${label} \`${raw}\` happens twice in ${timeZone} (clocks go back); the first one, ${iso}, is used. Add a UTC offset to choose.`,
            },
        };
    }
    if (resolved.kind === 'skipped') {
        return {
            ok: true,
            iso,
            note: {
                code: 'due-at-skipped',
                message: `${label} \`${raw}\` does not exist in ${timeZone} (clocks go forward); ${iso} is used. Add a UTC offset or pick another time.`,
            },
        };
    }
    return { ok: true, iso };
}


/***/ }),

/***/ 1855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readFrontMatterSource),
/* harmony export */   L: () => (/* binding */ frontMatterMap)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _frontmatter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6845);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9420);
/* harmony import */ var _yaml_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6278);
/**
 * The start a post file and an idea file share: NUL bytes reported, the
 * front-matter found (an unclosed one reported: its body would be swallowed),
 * its YAML parsed, and YAML that is not `key: value` lines reported. What
 * each file's keys mean stays in parse.ts and idea.ts.
 */




function readFrontMatterSource(raw, findings) {
    const nul = raw.indexOf('\0');
    if (nul !== -1)
        findings.error('nul-byte', (0,_frontmatter_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t$)(raw, nul), 'The file contains a NUL byte (is it binary, or saved in UTF-16?); save it as UTF-8 text.');
    const scan = (0,_frontmatter_js__WEBPACK_IMPORTED_MODULE_2__/* .scanFrontMatter */ .mP)(raw);
    if (scan.kind === 'unclosed') {
        findings.error('frontmatter-unclosed', { line: 1, column: 1 }, 'The front-matter starts with `---` but is never closed; add a line `---` after the last front-matter key.');
        return { kind: 'unclosed' };
    }
    if (scan.kind === 'absent')
        return { kind: 'absent', body: raw.slice(scan.bomLength) };
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlSource */ .WF)(raw.slice(scan.yamlStart, scan.yamlEnd), scan.yamlLine, findings);
    return { kind: 'present', body: raw.slice(scan.bodyStart), bodyLine: scan.bodyLine, source };
}
/** The front-matter's `key: value` lines; undefined when it is empty, or (reported) when it is something else. */
function frontMatterMap(source, findings) {
    const { doc } = source;
    if ((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isNullNode */ .uc)(doc, doc.contents))
        return undefined;
    const map = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .asMap */ .$H)(doc, doc.contents);
    // A syntax error already explains a broken document; only report the shape when the YAML parsed.
    if (!map && doc.errors.length === 0) {
        findings.error('frontmatter-not-mapping', source.at(doc.contents), `The front-matter must be \`key: value\` lines (a mapping); found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(doc, doc.contents)}.${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && typeof doc.contents.value === 'string' ? (0,_yaml_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueHint */ .C)(doc.contents.value.split('\n')[0]) : ''}`);
    }
    return map;
}


/***/ }),

/***/ 6310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ checkInput)
/* harmony export */ });
/* unused harmony exports INTEGER, DECIMAL, INT_MAX, INT_MIN, whatToWrite */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6285);
/* harmony import */ var _due_at_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8703);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3180);
/* harmony import */ var _text_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1670);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9420);
/**
 * A front-matter value (a YAML node) checked against one of Buffer's input
 * types (buffer/input-types.ts, generated from the reference), giving the
 * value to send. What Buffer would refuse at variable coercion is found here,
 * at the file's line, before anything is sent (issue 12):
 *
 * - a YAML number or boolean where Buffer wants text is sent as the text the
 *   user wrote (`categoryId: 0028` stays "0028", `1.50` stays "1.50"), never as
 *   JSON's reading of it;
 * - an unknown key, an unknown enum value, a list where a mapping belongs (or
 *   the reverse), text that is no number where an `Int` is wanted, a missing
 *   required field: a problem at the key's own line, with a did-you-mean and
 *   what to write;
 * - a `DateTime` is sent as a full ISO 8601 instant (a bare date is midnight
 *   in the configured time zone, UTC when none is set).
 *
 * YAML null (`key:`, `~`) counts as absent: nothing is sent for it.
 */






/** Marks "nothing to send" (absent, null, or refused). */
const NOTHING = Symbol('nothing');
/**
 * Checks `node` against the type reference `type` (e.g. `YoutubePostMetadataInput`,
 * `[AssetInput!]`). `label` names the value in messages (`metadata.youtube`);
 * `at` is where problems about the value itself point (its key's line).
 */
function checkInput(node, type, label, at, source, opts = {}) {
    const walk = { source, doc: source.doc, opts, problems: [] };
    const ref = (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTypeRef */ .X3)(type);
    const value = checkValue(walk, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveNode */ .hl)(source.doc, node), ref, label, at);
    if (value === NOTHING && ref.nonNull)
        walk.problems.push({ kind: 'required', at, message: `\`${label}\` needs a value: ${whatToWrite(ref)}.` });
    return { value: value === NOTHING ? undefined : value, problems: walk.problems };
}
function isNull(node) {
    return node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null);
}
function checkValue(walk, node, ref, label, at) {
    if (isNull(node))
        return NOTHING;
    if (ref.kind === 'list')
        return checkList(walk, node, ref, label, at);
    const def = (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inputTypeDef */ .U0)(ref.name);
    if (def?.kind === 'input')
        return checkObject(walk, node, def, label, at);
    if (def?.kind === 'enum')
        return checkEnum(walk, node, ref.name, label, at);
    return checkScalar(walk, node, ref.name, label, at);
}
function problem(walk, kind, at, message) {
    walk.problems.push({ kind, at, message });
    return NOTHING;
}
function checkList(walk, node, ref, label, at) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return problem(walk, 'type', at, `\`${label}\` must be a list (${whatToWrite(ref)}); found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(walk.doc, node)}.`);
    const values = [];
    node.items.forEach((item, index) => {
        const itemNode = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveNode */ .hl)(walk.doc, item);
        const itemAt = walk.source.at(itemNode ?? node);
        const itemLabel = `${label}[${index + 1}]`;
        const value = checkValue(walk, itemNode, ref.of, itemLabel, itemAt);
        if (value !== NOTHING)
            values.push(value);
        else if (isNull(itemNode))
            problem(walk, 'required', itemAt, `\`${itemLabel}\` is empty; remove the empty item or write ${whatToWrite(ref.of)}.`);
    });
    return values;
}
function checkObject(walk, node, def, label, at) {
    const fields = def.fields;
    const names = Object.keys(fields);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        return problem(walk, 'type', at, `\`${label}\` must be a mapping with ${keysText(names)}; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(walk.doc, node)}.`);
    }
    const value = {};
    const seen = new Set();
    for (const pair of node.items) {
        const key = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .keyText */ .Pu)(pair);
        const keyAt = walk.source.at(pair.key);
        const field = fields[key];
        if (!field) {
            problem(walk, 'unknown-key', keyAt, `\`${label}\` has no key \`${key}\`.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(key, names)} Buffer accepts ${keysText(names)}.`);
            continue;
        }
        // A repeated key is the YAML parser's finding; the first one counts.
        if (seen.has(key))
            continue;
        seen.add(key);
        const fieldValue = checkValue(walk, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveNode */ .hl)(walk.doc, pair.value), (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTypeRef */ .X3)(field.type), `${label}.${key}`, keyAt);
        if (fieldValue !== NOTHING)
            value[key] = fieldValue;
        else if (isRequired(field) && isNull((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveNode */ .hl)(walk.doc, pair.value))) {
            problem(walk, 'required', keyAt, `\`${label}.${key}\` needs a value: ${whatToWrite((0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTypeRef */ .X3)(field.type))}.`);
        }
    }
    const missing = names.filter((name) => isRequired(fields[name]) && !seen.has(name));
    for (const name of missing) {
        problem(walk, 'required', at, `\`${label}\` needs \`${name}\` (${whatToWrite((0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTypeRef */ .X3)(fields[name].type))}); add it under \`${lastSegment(label)}:\`.`);
    }
    if (def.oneOf && seen.size !== 1) {
        problem(walk, 'type', at, `\`${label}\` takes exactly one of ${keysText(names)}; found ${seen.size}.`);
    }
    return value;
}
function isRequired(field) {
    return (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTypeRef */ .X3)(field.type).nonNull && !field.hasDefault;
}
/** The text a scalar node stands for, as written; undefined for mappings and lists. */
function scalarText(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarSourceText */ .FP)(node) : undefined;
}
function checkEnum(walk, node, typeName, label, at) {
    const values = (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .enumValues */ .UU)(typeName);
    const text = scalarText(node);
    if (text === undefined)
        return problem(walk, 'type', at, `\`${label}\` must be one of ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_5__/* .codeList */ .E5)(values)}; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(walk.doc, node)}.`);
    if (values.includes(text))
        return text;
    return problem(walk, 'enum', at, `\`${label}\` is \`${text}\`, which Buffer does not accept.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(text, values)} Use one of ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_5__/* .codeList */ .E5)(values)}.`);
}
/** The texts read as an `Int` and a `Float` (exported for scripts/schemas.ts, which writes the same rule into the JSON Schemas). */
const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** GraphQL's Int is a signed 32-bit integer. */
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);
/** A YAML number as it is, or text of the form `form` (`'3'`, quoted) as that number; NaN for anything else. */
function numberOf(value, text, form) {
    if (typeof value === 'number')
        return value;
    return text !== undefined && form.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}
function checkScalar(walk, node, name, label, at) {
    const text = scalarText(node);
    const found = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(walk.doc, node);
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? node.value : undefined;
    switch (name) {
        case 'Boolean':
            if (typeof value === 'boolean')
                return value;
            return problem(walk, 'type', at, `\`${label}\` must be \`true\` or \`false\` (unquoted); found ${found}.`);
        case 'Int': {
            const number = numberOf(value, text, INTEGER);
            if (Number.isInteger(number) && number <= INT_MAX && number >= INT_MIN)
                return number;
            return problem(walk, 'type', at, `\`${label}\` must be a whole number, e.g. \`3\`; found ${found}.`);
        }
        case 'Float': {
            const number = numberOf(value, text, DECIMAL);
            if (Number.isFinite(number))
                return number;
            return problem(walk, 'type', at, `\`${label}\` must be a number, e.g. \`0.5\`; found ${found}.`);
        }
        case 'DateTime': {
            if (text === undefined || typeof value === 'boolean') {
                return problem(walk, 'type', at, `\`${label}\` must be a date-time like \`2026-12-01T09:00:00+01:00\`; found ${found}.`);
            }
            const result = (0,_due_at_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDateTime */ .MQ)(text, walk.opts.timezone, { label: `\`${label}\``, dateMeansMidnight: true });
            if (result.ok)
                return result.iso;
            return problem(walk, 'type', at, result.message);
        }
        default:
            // String, ID and Buffer's ID scalars: text, as written.
            if (text !== undefined)
                return text;
            return problem(walk, 'type', at, `\`${label}\` must be text; found ${found}.`);
    }
}
/** What to write for a type, in the words of a front-matter user. */
function whatToWrite(ref) {
    if (ref.kind === 'list')
        return `a list (\`[…]\`), each item ${whatToWrite(ref.of)}`;
    const def = (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inputTypeDef */ .U0)(ref.name);
    if (def?.kind === 'enum')
        return `one of ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_5__/* .codeList */ .E5)(def.values)}`;
    if (def?.kind === 'input')
        return `a mapping with ${keysText(Object.keys(def.fields))}`;
    switch (ref.name) {
        case 'Boolean':
            return '`true` or `false`';
        case 'Int':
            return 'a whole number';
        case 'Float':
            return 'a number';
        case 'DateTime':
            return 'a date-time like `2026-12-01T09:00:00+01:00`';
        default:
            return 'text';
    }
}
function keysText(names) {
    return names.length === 1 ? `the key ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_5__/* .codeList */ .E5)(names)}` : `the keys ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_5__/* .codeList */ .E5)(names)}`;
}
function lastSegment(label) {
    return (label
        .replace(/\[\d+\]$/, '')
        .split('.')
        .pop() ?? label);
}


/***/ }),

/***/ 5040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ emptyPostFile),
  a: () => (/* binding */ parsePostFile)
});

// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/posts/body.ts
var body = __webpack_require__(4267);
// EXTERNAL MODULE: ./src/posts/fields.ts
var fields = __webpack_require__(7042);
// EXTERNAL MODULE: ./src/posts/due-at.ts
var due_at = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/posts/findings.ts
var posts_findings = __webpack_require__(7421);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/buffer/input-types.ts + 1 modules
var input_types = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/posts/input-check.ts
var input_check = __webpack_require__(6310);
// EXTERNAL MODULE: ./src/posts/yaml-source.ts
var yaml_source = __webpack_require__(9420);
// EXTERNAL MODULE: ./src/text/did-you-mean.ts
var did_you_mean = __webpack_require__(3180);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
;// CONCATENATED MODULE: ./src/posts/frontmatter-assets.ts
/**
 * The front-matter `assets` key → Buffer's `[AssetInput]` list.
 *
 * Two spellings are accepted: the wire's list (`- image: {url, metadata: {altText}}`)
 * and the seed document's object form (`{images, videos, documents, link}`), which is
 * converted so that only the wire's shape travels on.
 */







function readFrontMatterAssets(node, source, findings, opts = {}) {
    const context = { doc: source.doc, source, findings, opts, index: 0 };
    if ((0,yaml_source/* isNullNode */.uc)(source.doc, node))
        return [];
    const items = (0,yaml_source/* asSeqItems */.__)(source.doc, node);
    if (items)
        return items.flatMap((item, i) => readWireAsset({ ...context, index: i + 1 }, item));
    const map = (0,yaml_source/* asMap */.$H)(source.doc, node);
    if (map)
        return readSeedAssets(context, map);
    findings.error('wrong-type', source.at((0,yaml_source/* resolveNode */.hl)(source.doc, node)), `\`assets\` must be a list of assets (\`- image: {url: …}\`) or a mapping with images/videos/documents/link; found ${(0,yaml_source/* describeNode */.WQ)(source.doc, node)}.`);
    return [];
}
/**
 * A text field of a mapping node, with its node for positions. Every field of
 * the seed form is a `String` on the wire, so a YAML number or boolean is the
 * text as written (`title: 2027` → "2027").
 */
function field(context, mapNode, name) {
    const map = (0,yaml_source/* asMap */.$H)(context.doc, mapNode);
    const pair = map?.items.find((p) => (0,yaml_source/* keyText */.Pu)(p) === name);
    if (!pair || (0,yaml_source/* isNullNode */.uc)(context.doc, pair.value))
        return { present: false };
    const node = (0,yaml_source/* resolveNode */.hl)(context.doc, pair.value);
    return { value: (0,dist/* isScalar */.jn)(node) ? (0,yaml_source/* scalarSourceText */.FP)(node) : undefined, node: pair.value, present: true };
}
/** The keys each seed entry may have (the seed's spellings, and the wire's where they differ), by variant. */
const SEED_ENTRY_KEYS = Object.fromEntries(Object.values(fields/* SEED_ASSETS */.gL).map((def) => [def.variant, Object.keys(def.keys)]));
/** An unknown key in a seed entry would be dropped silently; say so instead. */
function reportUnknownSeedKeys(context, item, what) {
    const allowed = SEED_ENTRY_KEYS[what] ?? [];
    for (const pair of (0,yaml_source/* asMap */.$H)(context.doc, item)?.items ?? []) {
        const key = (0,yaml_source/* keyText */.Pu)(pair);
        if (allowed.includes(key))
            continue;
        context.findings.error('unknown-key', context.source.at(pair.key), `A seed-form ${what} has no key \`${key}\`.${(0,did_you_mean/* didYouMean */.a)(key, allowed)} Use ${(0,words/* codeList */.E5)(allowed)}.`);
    }
}
function requireUrl(context, mapNode, what) {
    const url = field(context, mapNode, 'url');
    if (url.value === undefined) {
        const where = context.source.at(url.node ?? (0,yaml_source/* resolveNode */.hl)(context.doc, mapNode));
        context.findings.error('asset-missing-url', where, `This ${what} needs a \`url\` (an absolute https:// address).`);
    }
    return url.value;
}
function readWireAsset(context, item) {
    const { doc, findings, source } = context;
    const map = (0,yaml_source/* asMap */.$H)(doc, item);
    const variants = map?.items.map((pair) => ({ key: (0,yaml_source/* keyText */.Pu)(pair), pair })) ?? [];
    const first = variants[0];
    if (!map || variants.length !== 1 || !first) {
        findings.error('invalid-asset', source.at((0,yaml_source/* resolveNode */.hl)(doc, item)), `Each asset must set exactly one of ${fields/* WIRE_ASSET_VARIANTS */.CZ.join(', ')} (e.g. \`- image: {url: https://…, metadata: {altText: …}}\`).`);
        return [];
    }
    if (!fields/* WIRE_ASSET_VARIANTS */.CZ.includes(first.key)) {
        findings.error('invalid-asset', source.at(first.pair.key), `Unknown asset type \`${first.key}\`; use one of ${fields/* WIRE_ASSET_VARIANTS */.CZ.join(', ')}.${(0,did_you_mean/* didYouMean */.a)(first.key, fields/* WIRE_ASSET_VARIANTS */.CZ)}`);
        return [];
    }
    const body = first.pair.value;
    if (!(0,yaml_source/* asMap */.$H)(doc, body)) {
        findings.error('invalid-asset', source.at((0,yaml_source/* resolveNode */.hl)(doc, body) ?? first.pair.key), `\`${first.key}\` must be a mapping with at least a \`url\`.`);
        return [];
    }
    const url = requireUrl(context, body, first.key);
    if (url === undefined)
        return [];
    // The variant's fields as Buffer's schema types them (ImageAssetInput, …):
    // a number where text belongs is sent as written, an unknown key is an error.
    const type = (0,input_types/* fieldType */.pv)('AssetInput', first.key);
    const checked = (0,input_check/* checkInput */.DR)(body, type, `assets[${context.index}].${first.key}`, source.at((0,yaml_source/* resolveNode */.hl)(doc, body)), source, context.opts);
    for (const problem of checked.problems)
        findings.error(problem.kind === 'required' ? 'asset-missing-field' : 'invalid-asset', problem.at, problem.message);
    if (checked.problems.length > 0)
        return [];
    return [{ [first.key]: { ...checked.value, url } }];
}
function readSeedAssets(context, map) {
    const { doc, findings, source } = context;
    const byKey = new Map();
    for (const pair of map.items) {
        const key = (0,yaml_source/* keyText */.Pu)(pair);
        if (fields/* SEED_ASSET_KEYS */.It.includes(key))
            byKey.set(key, pair.value);
        else
            findings.error('unknown-key', source.at(pair.key), `Unknown key \`${key}\` in \`assets\`; use ${fields/* SEED_ASSET_KEYS */.It.join(', ')}, or the list form.${(0,did_you_mean/* didYouMean */.a)(key, fields/* SEED_ASSET_KEYS */.It)}`);
    }
    // Images, videos, documents, then the link: the order the seed form lists them.
    const assets = [];
    for (const [key, convert] of [
        ['images', seedImage],
        ['videos', seedVideo],
        ['documents', seedDocument],
    ]) {
        const value = byKey.get(key);
        if (value === undefined || (0,yaml_source/* isNullNode */.uc)(doc, value))
            continue;
        const items = (0,yaml_source/* asSeqItems */.__)(doc, value);
        if (!items) {
            findings.error('wrong-type', source.at((0,yaml_source/* resolveNode */.hl)(doc, value)), `\`assets.${key}\` must be a list; found ${(0,yaml_source/* describeNode */.WQ)(doc, value)}.`);
            continue;
        }
        for (const item of items) {
            const asset = convert(context, item);
            if (asset)
                assets.push(asset);
        }
    }
    const link = byKey.get('link');
    if (link !== undefined && !(0,yaml_source/* isNullNode */.uc)(doc, link)) {
        const asset = seedLink(context, link);
        if (asset)
            assets.push(asset);
    }
    return assets;
}
/** A seed entry may be a bare URL string or a mapping with `url`. */
function seedUrl(context, item, what) {
    const text = (0,yaml_source/* stringOf */.Je)(context.doc, item);
    if (text !== undefined && !(0,yaml_source/* asMap */.$H)(context.doc, item))
        return { url: text, mapping: false };
    if (!(0,yaml_source/* asMap */.$H)(context.doc, item)) {
        context.findings.error('invalid-asset', context.source.at((0,yaml_source/* resolveNode */.hl)(context.doc, item)), `Each ${what} must be a URL or a mapping with \`url\`.`);
        return { mapping: false };
    }
    reportUnknownSeedKeys(context, item, what);
    return { url: requireUrl(context, item, what), mapping: true };
}
function seedImage(context, item) {
    const { url, mapping } = seedUrl(context, item, 'image');
    if (url === undefined)
        return undefined;
    const alt = mapping ? (field(context, item, 'alt').value ?? field(context, item, 'altText').value) : undefined;
    return { image: alt === undefined ? { url } : { url, metadata: { altText: alt } } };
}
function seedVideo(context, item) {
    const { url, mapping } = seedUrl(context, item, 'video');
    if (url === undefined)
        return undefined;
    const title = mapping ? field(context, item, 'title').value : undefined;
    return { video: title === undefined ? { url } : { url, metadata: { title } } };
}
function seedDocument(context, item) {
    const { url, mapping } = seedUrl(context, item, 'document');
    if (url === undefined)
        return undefined;
    const title = mapping ? field(context, item, 'title').value : undefined;
    const thumbnailUrl = mapping
        ? (field(context, item, 'thumbnail').value ?? field(context, item, 'thumbnailUrl').value)
        : undefined;
    if (title === undefined || thumbnailUrl === undefined) {
        context.findings.error('asset-missing-field', context.source.at((0,yaml_source/* resolveNode */.hl)(context.doc, item)), 'A document needs `url`, `title` and `thumbnail` (Buffer requires all three).');
        return undefined;
    }
    return { document: { url, title, thumbnailUrl } };
}
function seedLink(context, node) {
    const { url, mapping } = seedUrl(context, node, 'link');
    if (url === undefined)
        return undefined;
    const link = { url };
    if (mapping) {
        const title = field(context, node, 'title').value;
        const description = field(context, node, 'description').value;
        const thumbnailUrl = field(context, node, 'thumbnail').value ?? field(context, node, 'thumbnailUrl').value;
        if (title !== undefined)
            link.title = title;
        if (description !== undefined)
            link.description = description;
        if (thumbnailUrl !== undefined)
            link.thumbnailUrl = thumbnailUrl;
    }
    return { link };
}

;// CONCATENATED MODULE: ./src/posts/frontmatter-metadata.ts
/**
 * The front-matter `metadata` key: Buffer's `PostInputMetaData`, each service's
 * block checked against its input type from the reference (input-check.ts):
 * a number where Buffer wants text is sent as written, and unknown keys, enum
 * values or shapes are errors at their line. Keys are the wire's names
 * (`google`, not `googlebusiness`, which is accepted and renamed). An unknown
 * service key is an error: the user wrote something for a network, and
 * dropping it silently would publish the post without it.
 */





/** `PostInputMetaData`'s fields, from the schema. */
const METADATA_KEYS = Object.keys((0,input_types/* inputFields */.yD)('PostInputMetaData')).sort();
/** Finding codes per kind of problem, shared with validation's metadata rules (which then stay quiet about the same line). */
const CODES = {
    'unknown-key': 'metadata-key-unknown',
    enum: 'metadata-invalid',
    type: 'metadata-invalid',
    required: 'metadata-required',
};
function readMetadata(node, source, findings, opts = {}) {
    const { doc } = source;
    if ((0,yaml_source/* isNullNode */.uc)(doc, node))
        return undefined;
    const map = (0,yaml_source/* asMap */.$H)(doc, node);
    if (!map) {
        findings.error('wrong-type', source.at((0,yaml_source/* resolveNode */.hl)(doc, node)), `\`metadata\` must be a mapping keyed by service (${METADATA_KEYS.join(', ')}); found ${(0,yaml_source/* describeNode */.WQ)(doc, node)}.`);
        return undefined;
    }
    const metadata = {};
    for (const pair of map.items) {
        const written = (0,yaml_source/* keyText */.Pu)(pair);
        let key = written;
        const alias = fields/* METADATA_ALIASES */.DS[written];
        if (alias) {
            findings.notice('seed-spelling', source.at(pair.key), `Buffer's metadata key for Google Business is \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`);
            key = alias;
        }
        const type = (0,input_types/* fieldType */.pv)('PostInputMetaData', key);
        if (!type) {
            findings.error('unknown-metadata-key', source.at(pair.key), `\`metadata.${written}\` is not a Buffer service key.${(0,did_you_mean/* didYouMean */.a)(written, METADATA_KEYS)} Use one of ${METADATA_KEYS.join(', ')}.`);
            continue;
        }
        if ((0,yaml_source/* isNullNode */.uc)(doc, pair.value))
            continue;
        if (!(0,yaml_source/* asMap */.$H)(doc, pair.value)) {
            findings.error('wrong-type', source.at((0,yaml_source/* resolveNode */.hl)(doc, pair.value)), `\`metadata.${written}\` must be a mapping of ${key}'s post options; found ${(0,yaml_source/* describeNode */.WQ)(doc, pair.value)}.`);
            continue;
        }
        const checked = (0,input_check/* checkInput */.DR)(pair.value, type, `metadata.${key}`, source.at(pair.key), source, opts);
        for (const problem of checked.problems)
            findings.error(CODES[problem.kind], problem.at, problem.message);
        metadata[key] = (checked.value ?? {});
    }
    return metadata;
}

// EXTERNAL MODULE: ./src/posts/frontmatter-tracked.ts
var frontmatter_tracked = __webpack_require__(3690);
// EXTERNAL MODULE: ./src/posts/frontmatter-source.ts
var frontmatter_source = __webpack_require__(1855);
// EXTERNAL MODULE: ./src/posts/service-names.ts
var service_names = __webpack_require__(5529);
;// CONCATENATED MODULE: ./src/posts/parse.ts












/** What each mode that ignores `dueAt` does instead, for the contradiction message. */
const MODE_MEANING = {
    addToQueue: 'puts the post in the next queue slot',
    shareNext: 'puts the post at the top of the queue',
    shareNow: 'publishes the post at once',
    customScheduled: 'publishes at the dueAt',
};
const START = { line: 1, column: 1 };
/** A post with the defaults and nothing read yet: what a file that cannot be parsed further amounts to. */
function emptyPostFile(path, raw, findings) {
    return {
        path,
        raw,
        channels: [],
        mode: 'addToQueue',
        schedulingType: 'automatic',
        draft: false,
        assets: [],
        body: '',
        bodyLine: 1,
        items: [],
        tracked: {},
        findings,
    };
}
function parsePostFile(path, raw, opts = {}) {
    const findings = new posts_findings/* FindingList */.k(path);
    const post = emptyPostFile(path, raw, findings.items);
    const front = (0,frontmatter_source/* readFrontMatterSource */.K)(raw, findings);
    if (front.kind === 'unclosed')
        return post;
    if (front.kind === 'absent') {
        findings.error('missing-frontmatter', START, 'This post has no front-matter; start the file with `---`, a line like `channel: twitter`, and `---`.');
        post.body = front.body;
        post.items = (0,body/* splitBody */.Xi)(post.body, 1, findings);
        return post;
    }
    post.body = front.body;
    post.bodyLine = front.bodyLine;
    const { source } = front;
    const keys = readTopLevel(source, findings);
    readChannels(post, keys, source, findings);
    const mode = readMode(post, keys, source, findings);
    readDueAt(post, keys, source, findings, opts.timezone, mode);
    readSchedulingType(post, keys, source, findings);
    readDraft(post, keys, source, findings);
    const checkOptions = { timezone: opts.timezone };
    const frontMatterAssets = keys.has('assets')
        ? readFrontMatterAssets(keys.get('assets')?.value, source, findings, checkOptions)
        : [];
    const metadata = keys.has('metadata')
        ? readMetadata(keys.get('metadata')?.value, source, findings, checkOptions)
        : undefined;
    if (metadata)
        post.metadata = metadata;
    const tracked = keys.has('buffer')
        ? (0,frontmatter_tracked/* readTracked */.T)(keys.get('buffer')?.value, source, findings)
        : {};
    post.tracked = tracked;
    post.items = (0,body/* splitBody */.Xi)(post.body, post.bodyLine, findings);
    post.assets = [...frontMatterAssets, ...(post.items[0]?.assets ?? [])];
    if (post.items.every((item) => item.markdown.trim() === '') && post.assets.length === 0) {
        findings.error('empty-post', { line: post.bodyLine, column: 1 }, 'This post has no text and no media; write the post below the front-matter.');
    }
    (0,yaml_source/* withoutGuesses */.m8)(findings, source);
    // Reported in file order, however the checks ran.
    findings.items.sort((a, b) => a.line - b.line || a.column - b.column);
    return post;
}
/** The top-level pairs by key; unknown keys are reported here. */
function readTopLevel(source, findings) {
    const keys = new Map();
    const map = (0,frontmatter_source/* frontMatterMap */.L)(source, findings);
    if (!map)
        return keys;
    for (const pair of map.items) {
        const key = (0,yaml_source/* keyText */.Pu)(pair);
        if (fields/* POST_KEYS */.A3.includes(key)) {
            // Duplicates were reported by the YAML parser; the first one counts.
            if (!keys.has(key))
                keys.set(key, pair);
            continue;
        }
        findings.error('unknown-key', source.at(pair.key), `Unknown front-matter key \`${key}\`.${(0,did_you_mean/* didYouMean */.a)(key, fields/* POST_KEYS */.A3)} Accepted keys: ${fields/* POST_KEYS */.A3.join(', ')}.`);
    }
    return keys;
}
/** `service` prefixes in the seed's spelling (`startpage`) become the wire's (`startPage`). */
function normaliseChannelRef(ref, at, findings) {
    const colon = ref.indexOf(':');
    const service = colon === -1 ? ref : ref.slice(0, colon);
    const wire = types/* SEED_SERVICE_SPELLINGS */.cR[service];
    if (!wire)
        return ref;
    findings.notice('seed-spelling', at, `Buffer spells the service \`${wire}\`; \`${service}\` is accepted, but write \`${wire}\`.`);
    return wire + ref.slice(service.length);
}
/**
 * A reference whose service part is no Buffer service, found without a key:
 * `twiter` (a typo of a service name, which no channel ID is close to) or
 * `myspace:Acme` (the `service:name` form names its service). Anything else
 * that is not a service may be a channel ID, which only Buffer can check.
 */
function unknownService(ref) {
    const colon = ref.indexOf(':');
    const written = (colon === -1 ? ref : ref.slice(0, colon)).trim();
    if ((0,service_names/* normalizeService */.z2)(written))
        return undefined;
    const typo = (0,service_names/* misspeltService */.Pd)(written);
    if (colon === -1 && !typo)
        return undefined;
    const rest = colon === -1 ? '' : ref.slice(colon);
    const hint = typo ? ` Did you mean \`${typo}${rest}\`?` : '';
    return `Unknown service \`${written}\`${colon === -1 ? '' : ` in \`${ref}\``}.${hint} Buffer's services: ${types/* SERVICES */.Bg.join(', ')}; a channel reference is a service, \`service:name\` or a channel ID.`;
}
function readChannels(post, keys, source, findings) {
    const { doc } = source;
    const single = keys.get('channel');
    const list = keys.get('channels');
    if (single && list) {
        findings.error('channel-and-channels', source.at(list.key), 'Use either `channel` (one reference) or `channels` (a list), not both.');
    }
    let wrongType = false;
    const add = (node) => {
        const resolved = (0,yaml_source/* resolveNode */.hl)(doc, node);
        const text = (0,yaml_source/* stringOf */.Je)(doc, resolved);
        const at = source.at(resolved);
        if (text === undefined || text.trim() === '') {
            wrongType = true;
            findings.error('wrong-type', at, `A channel reference must be a channel ID, a service name or \`service:name\`; found ${(0,yaml_source/* describeNode */.WQ)(doc, resolved)}.`);
            return;
        }
        const ref = normaliseChannelRef(text.trim(), at, findings);
        const unknown = unknownService(ref);
        if (unknown) {
            // Not a channel the post could go to, so not one of its channels: the error blocks the file.
            wrongType = true;
            findings.error('unknown-service', at, unknown);
            return;
        }
        if (post.channels.some((c) => c.ref === ref)) {
            findings.warning('duplicate-channel', at, `Channel \`${ref}\` is listed twice; remove one.`);
            return;
        }
        post.channels.push({ ref, position: at });
    };
    if (single && !(0,yaml_source/* isNullNode */.uc)(doc, single.value)) {
        if ((0,yaml_source/* asSeqItems */.__)(doc, single.value)) {
            wrongType = true;
            findings.error('wrong-type', source.at((0,yaml_source/* resolveNode */.hl)(doc, single.value)), '`channel` takes one reference; for several write `channels: [twitter, linkedin]`.');
        }
        else
            add(single.value);
    }
    if (list && !(0,yaml_source/* isNullNode */.uc)(doc, list.value)) {
        const items = (0,yaml_source/* asSeqItems */.__)(doc, list.value);
        if (items)
            items.forEach(add);
        else {
            wrongType = true;
            findings.error('wrong-type', source.at((0,yaml_source/* resolveNode */.hl)(doc, list.value)), `\`channels\` must be a list, e.g. \`channels: [twitter, "linkedin:Acme Inc"]\` (or use \`channel:\` for one); found ${(0,yaml_source/* describeNode */.WQ)(doc, list.value)}.`);
        }
    }
    // Front-matter that is not `key: value` lines has been reported as such; "no channel" would be its echo.
    const notMapping = findings.items.some((f) => f.code === 'frontmatter-not-mapping');
    if (post.channels.length === 0 && !wrongType && !notMapping) {
        const at = list ? source.at(list.key) : single ? source.at(single.key) : { line: 1, column: 1 };
        findings.error('missing-channels', at, 'No channel to post to; add `channel: <service or ID>` or `channels: [...]` to the front-matter.');
    }
}
/** A scalar string value of a top-level key, reporting a wrong type. */
function stringValue(key, keys, source, findings, expected) {
    const pair = keys.get(key);
    if (!pair || (0,yaml_source/* isNullNode */.uc)(source.doc, pair.value))
        return undefined;
    const node = (0,yaml_source/* resolveNode */.hl)(source.doc, pair.value);
    const text = (0,yaml_source/* stringOf */.Je)(source.doc, node);
    if (text === undefined || (0,yaml_source/* asMap */.$H)(source.doc, node) || (0,yaml_source/* asSeqItems */.__)(source.doc, node)) {
        findings.error('wrong-type', source.at(node), `\`${key}\` must be ${expected}; found ${(0,yaml_source/* describeNode */.WQ)(source.doc, node)}.`);
        return undefined;
    }
    return { text, at: source.at(node) };
}
function readMode(post, keys, source, findings) {
    const value = stringValue('mode', keys, source, findings, `one of ${types/* SHARE_MODES */.NB.join(', ')}`);
    if (!value)
        return keys.has('mode') && !(0,yaml_source/* isNullNode */.uc)(source.doc, keys.get('mode')?.value)
            ? { kind: 'invalid' }
            : { kind: 'absent' };
    const alias = fields/* MODE_ALIASES */.JM[value.text];
    if (alias) {
        findings.notice('seed-spelling', value.at, `Buffer's mode is spelled \`${alias}\`; \`${value.text}\` is accepted, but write \`mode: ${alias}\`.`);
        post.mode = alias;
        return { kind: 'valid', at: value.at, text: value.text };
    }
    if (types/* SHARE_MODES */.NB.includes(value.text)) {
        post.mode = value.text;
        return { kind: 'valid', at: value.at, text: value.text };
    }
    const suggestion = (0,did_you_mean/* nearest */.p)(value.text, types/* SHARE_MODES */.NB);
    findings.error('invalid-mode', value.at, `Unknown mode \`${value.text}\`;${suggestion ? ` did you mean \`${suggestion}\`?` : ''} use one of ${types/* SHARE_MODES */.NB.join(', ')}.`);
    return { kind: 'invalid' };
}
/**
 * A `dueAt` means that date (SPEC §2, issue 12): without `mode` it implies
 * `customScheduled`; with another mode the file contradicts itself, and
 * guessing which the user meant could publish at the wrong time, so it is an
 * error at the `mode` line.
 */
function readDueAt(post, keys, source, findings, timezone, mode) {
    const value = stringValue('dueAt', keys, source, findings, 'a date-time like `2026-12-01T09:00:00+01:00`');
    if (value) {
        const dueAt = { raw: value.text, position: value.at };
        const result = (0,due_at/* resolveDueAt */.ml)(value.text, timezone);
        if (result.ok) {
            dueAt.iso = result.iso;
            if (result.note)
                findings.warning(result.note.code, value.at, result.note.message);
        }
        else
            findings.error(result.code, value.at, result.message);
        post.dueAt = dueAt;
        if (mode.kind === 'absent')
            post.mode = 'customScheduled';
        else if (mode.kind === 'valid' && post.mode !== 'customScheduled') {
            findings.error('due-at-mode-conflict', mode.at, `The file contradicts itself: \`mode: ${mode.text}\` ${MODE_MEANING[post.mode]}, but \`dueAt: ${value.text}\` (line ${value.at.line}) names a time. Remove \`mode\` to post at that time (a dueAt alone means customScheduled), or remove \`dueAt\`.`);
        }
        return;
    }
    const dueAtPair = keys.get('dueAt');
    const wrongType = dueAtPair && !(0,yaml_source/* isNullNode */.uc)(source.doc, dueAtPair.value);
    if (post.mode === 'customScheduled' && !wrongType) {
        const modePair = keys.get('mode');
        findings.error('missing-due-at', modePair ? source.at((0,yaml_source/* resolveNode */.hl)(source.doc, modePair.value)) : START, '`mode: customScheduled` needs a `dueAt`, e.g. `dueAt: 2026-12-01T09:00:00+01:00`.');
    }
}
function readSchedulingType(post, keys, source, findings) {
    const value = stringValue('schedulingType', keys, source, findings, `one of ${types/* SCHEDULING_TYPES */.pE.join(', ')}`);
    if (!value)
        return;
    if (types/* SCHEDULING_TYPES */.pE.includes(value.text))
        post.schedulingType = value.text;
    else
        findings.error('invalid-scheduling-type', value.at, `Unknown schedulingType \`${value.text}\`; use one of ${types/* SCHEDULING_TYPES */.pE.join(', ')}.${(0,did_you_mean/* didYouMean */.a)(value.text, types/* SCHEDULING_TYPES */.pE)}`);
}
function readDraft(post, keys, source, findings) {
    const pair = keys.get('draft');
    if (!pair || (0,yaml_source/* isNullNode */.uc)(source.doc, pair.value))
        return;
    const node = (0,yaml_source/* resolveNode */.hl)(source.doc, pair.value);
    if (typeof node?.value === 'boolean')
        post.draft = node.value;
    else
        findings.error('wrong-type', source.at(node), `\`draft\` must be \`true\` or \`false\`; found ${(0,yaml_source/* describeNode */.WQ)(source.doc, node)}.`);
}


/***/ }),

/***/ 1771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RENDER_RULES: () => (/* binding */ RENDER_RULES),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderMarkdownPlain: () => (/* binding */ renderMarkdownPlain),
/* harmony export */   renderPost: () => (/* binding */ renderPost)
/* harmony export */ });
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4267);
/* harmony import */ var _markdown_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(890);


const DEFAULT_RULES = {
    bullet: '•',
    quotePrefix: '> ',
    link: (text, url) => `${text} (${url})`,
};
/**
 * Per-network rules. Every network shows plain text with URLs auto-linked, so
 * they share the defaults today; a network that needs something else gets its
 * own entry here rather than a branch in the renderer.
 */
const RENDER_RULES = {
    bluesky: DEFAULT_RULES,
    facebook: DEFAULT_RULES,
    googlebusiness: DEFAULT_RULES,
    instagram: DEFAULT_RULES,
    linkedin: DEFAULT_RULES,
    mastodon: DEFAULT_RULES,
    pinterest: DEFAULT_RULES,
    startPage: DEFAULT_RULES,
    threads: DEFAULT_RULES,
    tiktok: DEFAULT_RULES,
    twitter: DEFAULT_RULES,
    youtube: DEFAULT_RULES,
};
function renderMarkdown(markdown, service) {
    return renderWithRules(markdown, RENDER_RULES[service] ?? DEFAULT_RULES);
}
/** Rendering without a network (idea bodies). */
function renderMarkdownPlain(markdown) {
    return renderWithRules(markdown, DEFAULT_RULES);
}
function renderWithRules(markdown, rules) {
    const tree = (0,_markdown_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarkdown */ .Dd)(markdown.replace(/\r\n?/g, '\n'));
    const text = renderBlocks(tree.children, { rules, definitions: (0,_body_js__WEBPACK_IMPORTED_MODULE_0__/* .definitionsOf */ .mu)(tree) }, '\n\n');
    return tidy(text);
}
function tidy(text) {
    return text
        .split('\n')
        .map((line) => line.replace(/[ \t]+$/, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .replace(/^\n+|\n+$/g, '')
        .normalize('NFC');
}
function renderBlocks(nodes, context, separator) {
    return nodes
        .map((node) => renderBlock(node, context))
        .filter((text) => text.trim() !== '')
        .join(separator);
}
function prefixLines(text, first, rest) {
    return text
        .split('\n')
        .map((line, index) => (index === 0 ? first : rest) + line)
        .join('\n');
}
function renderBlock(node, context) {
    switch (node.type) {
        case 'paragraph':
        case 'heading':
            return renderInline(node.children, context).trim();
        case 'blockquote': {
            const inner = renderBlocks(node.children, context, '\n\n');
            const prefix = context.rules.quotePrefix;
            return prefixLines(inner, prefix, prefix);
        }
        case 'list': {
            const start = node.start ?? 1;
            return node.children
                .map((item, index) => renderListItem(item, node.ordered ? `${start + index}.` : context.rules.bullet, context))
                .filter((text) => text !== '')
                .join('\n');
        }
        case 'code':
            return node.value;
        case 'table':
            return node.children
                .map((row) => row.children.map((cell) => renderInline(cell.children, context).trim()).join(' | '))
                .join('\n');
        case 'footnoteDefinition':
            return `[${node.label ?? node.identifier}] ${renderBlocks(node.children, context, '\n')}`;
        // HTML blocks (including comments), link definitions, stray breaks and front-matter print nothing.
        default:
            return '';
    }
}
function renderListItem(item, marker, context) {
    const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
    const body = renderBlocks(item.children, context, item.spread ? '\n\n' : '\n');
    // Continuation lines (nested lists, later paragraphs) align under the text.
    const indent = ' '.repeat(marker.length + 1);
    return prefixLines(box + body, `${marker} `, indent);
}
/** Inline elements whose content is code or styling, never text to show. */
const HIDDEN_ELEMENT = /^<(script|style)\b/i;
function renderInline(nodes, context) {
    let text = '';
    let hiddenUntil;
    let removed = false;
    for (const node of nodes) {
        if (hiddenUntil) {
            removed = true;
            if (node.type === 'html' && hiddenUntil.test(node.value))
                hiddenUntil = undefined;
            continue;
        }
        const html = node.type === 'html' ? node.value : '';
        const hidden = HIDDEN_ELEMENT.exec(html);
        if (hidden && !new RegExp(`</${hidden[1]}\\s*>`, 'i').test(html)) {
            hiddenUntil = new RegExp(`^</${hidden[1]}\\s*>`, 'i');
            removed = true;
            continue;
        }
        text += renderInlineNode(node, context);
        if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html')
            removed = true;
    }
    // A removed image or tag leaves the spaces on both sides of it; keep one.
    return removed ? text.replace(/([^ \t\n]) {2,}(?=[^ \t\n])/g, '$1 ') : text;
}
function renderInlineNode(node, context) {
    switch (node.type) {
        case 'text':
            return node.value;
        case 'inlineCode':
            return node.value;
        case 'break':
            return '\n';
        case 'emphasis':
        case 'strong':
        case 'delete':
            return renderInline(node.children, context);
        case 'link':
            return renderLink(renderInline(node.children, context), node.url, context);
        case 'linkReference': {
            const text = renderInline(node.children, context);
            const definition = context.definitions.get(node.identifier);
            return definition ? renderLink(text, definition.url, context) : text;
        }
        case 'footnoteReference':
            return `[${node.label ?? node.identifier}]`;
        // Images became assets; inline HTML tags are dropped.
        case 'image':
        case 'imageReference':
        case 'html':
            return '';
        default:
            return 'children' in node ? renderInline(node.children, context) : '';
    }
}
function renderLink(text, url, context) {
    const shown = text.trim();
    if (shown === '' || shown === url)
        return url;
    // GFM autolinks: `www.x.org` → http://www.x.org, `a@b.c` → mailto:a@b.c; show what was written.
    if (url === `http://${shown}` || url === `https://${shown}` || url === `mailto:${shown}`)
        return shown;
    return context.rules.link(shown, url);
}
function renderPost(post, service) {
    const items = post.items.length > 0
        ? post.items
        : [{ markdown: post.body, assets: [], position: { line: post.bodyLine, column: 1 } }];
    const texts = items.map((item) => renderMarkdown(item.markdown, service));
    const rendered = { text: texts[0] ?? '', assets: post.assets };
    if (items.length > 1) {
        // The first item carries the post's top-level assets: Buffer requires the
        // first thread item to match the top-level post.
        rendered.thread = items.map((item, index) => ({
            text: texts[index] ?? '',
            assets: index === 0 ? post.assets : item.assets,
            position: item.position,
        }));
    }
    return rendered;
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ misspeltService),
/* harmony export */   Qw: () => (/* binding */ serviceOfReference),
/* harmony export */   z2: () => (/* binding */ normalizeService)
/* harmony export */ });
/* harmony import */ var _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3180);
/**
 * Buffer's service names as people write them in files (SPEC §2): the wire's
 * `Service` enum, any letter case, the seed's spellings and the names people
 * use for a network. Known without a key, so a misspelt service is an error
 * offline too (fork PRs, `buffer-gitops validate`), not only once Buffer is asked.
 */


/** The seed's spellings, and the names people use for a network, mapped to Buffer's `Service` enum. */
const SERVICE_ALIASES = {
    ..._buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_SERVICE_SPELLINGS */ .cR,
    x: 'twitter',
    google: 'googlebusiness',
    gbp: 'googlebusiness',
};
function normalizeService(text) {
    if (_buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.includes(text))
        return text;
    const lower = text.toLowerCase();
    const exact = _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.find((s) => s.toLowerCase() === lower);
    return exact ?? SERVICE_ALIASES[lower];
}
/** The service a reference names (`twitter`, `linkedin:Acme Inc`); undefined for a channel ID or an unknown name. */
function serviceOfReference(ref) {
    const colon = ref.indexOf(':');
    return normalizeService((colon === -1 ? ref : ref.slice(0, colon)).trim());
}
/**
 * The service `text` is plausibly a typo of (`twiter` → `twitter`), else
 * undefined. Only full names are candidates: a one-letter alias like `x`
 * would make every short word look like a typo.
 */
function misspeltService(text) {
    if (normalizeService(text))
        return undefined;
    return (0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(text, _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg);
}


/***/ })

};
