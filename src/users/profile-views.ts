import { Injectable } from '@nestjs/common';
import type { UserView } from './dto/user.view.js';
import type { UserEntity } from './user.entity.js';
import { NO_PROFILE, toUserView } from './user-view.js';

/**
 * Builds the contract's `user` view. The profiles feature supplies the profile part;
 * until a person has one, `profile` is null and `missing` lists what matching needs.
 */
@Injectable()
export class ProfileViews {
  userView(user: UserEntity): Promise<UserView> {
    return Promise.resolve(toUserView(user, NO_PROFILE));
  }
}
